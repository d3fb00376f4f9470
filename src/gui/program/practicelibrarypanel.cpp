// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/program/practicelibrarypanel.h"

#include "models/program/practicelibrarymodel.h"
#include "ui_practicelibrarypanel.h"

namespace convener::gui {

PracticeLibraryPanel::PracticeLibraryPanel(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::PracticeLibraryPanel>()),
      m_model(new models::PracticeLibraryModel(this))
{
    m_ui->setupUi(this);
    m_ui->libraryList->setModel(m_model);
    connect(m_ui->librarySearchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setSearchText(text);
        if (m_model->rowCount() > 0)
            m_ui->libraryList->setCurrentIndex(m_model->index(0));
        showDetails();
    });
    connect(m_ui->libraryList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PracticeLibraryPanel::showDetails);
    const auto insert = [this] {
        const QString id = currentPractice();
        if (!id.isEmpty())
            Q_EMIT insertRequested(id);
    };
    connect(m_ui->libraryList, &QAbstractItemView::activated, this, insert);
    connect(m_ui->insertPracticeButton, &QPushButton::clicked, this, insert);
    // Enter in the search box inserts the first match.
    connect(m_ui->librarySearchEdit, &QLineEdit::returnPressed, this, insert);
    if (m_model->rowCount() > 0)
        m_ui->libraryList->setCurrentIndex(m_model->index(0));
    showDetails();
}

PracticeLibraryPanel::~PracticeLibraryPanel() = default;

QString PracticeLibraryPanel::currentPractice() const
{
    return m_model->libraryId(m_ui->libraryList->currentIndex().row());
}

void PracticeLibraryPanel::showDetails()
{
    const QModelIndex current = m_ui->libraryList->currentIndex();
    m_ui->insertPracticeButton->setEnabled(current.isValid());
    m_ui->practiceDetails->setText(current.isValid() ? current.data(Qt::ToolTipRole).toString()
                                                     : tr("No practice matches the search."));
}

} // namespace convener::gui
