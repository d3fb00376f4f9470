// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/rooms/roomrulespanel.h"

#include "models/rooms/roomplanning.h"
#include "models/rooms/roomruleseditor.h"
#include "models/rooms/roomsdocument.h"
#include "models/text.h"
#include "models/workspace.h"
#include "ui_roomrulespanel.h"

#include <QHeaderView>
#include <QShortcut>
#include <QSignalBlocker>

namespace convener::gui {

using models::toQt;

namespace {

constexpr int kFirstRole = Qt::UserRole + 1;
constexpr int kSecondRole = Qt::UserRole + 2;

// Fills a person combo again, keeping the person chosen before when they are still a member.
void fillPeople(QComboBox *combo, const models::RoomsDocument &document)
{
    const QVariant chosen = combo->currentData();
    const QSignalBlocker block(combo);
    combo->clear();
    for (const auto &[id, name] : document.members())
        combo->addItem(name, QVariant::fromValue<qint64>(id));
    const int index = chosen.isValid() ? combo->findData(chosen) : -1;
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

RoomRulesPanel::RoomRulesPanel(models::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RoomRulesPanel>())
    , m_document(*workspace.rooms())
    , m_planning(*workspace.roomPlanning())
    , m_rules(*workspace.roomRules())
{
    m_ui->setupUi(this);
    m_ui->keepApartList->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->keepApartList->header()->setStretchLastSection(true);
    m_ui->rulesMessage->hide();
    auto *remove = new QShortcut(QKeySequence::Delete, m_ui->keepApartList);
    remove->setContext(Qt::WidgetShortcut);

    connect(m_ui->hostsJoinRadio, &QRadioButton::clicked, this,
        [this] { m_rules.setHostsInRooms(storage::HostsInRooms::KeptApart); });
    connect(m_ui->hostsOutRadio, &QRadioButton::clicked, this,
        [this] { m_rules.setHostsInRooms(storage::HostsInRooms::LeftOut); });
    connect(m_ui->addPairButton, &QPushButton::clicked, this, &RoomRulesPanel::addChosenPair);
    connect(m_ui->reasonEdit, &QLineEdit::returnPressed, this, &RoomRulesPanel::addChosenPair);
    connect(m_ui->removePairButton, &QPushButton::clicked, this, &RoomRulesPanel::removeSelectedPair);
    connect(remove, &QShortcut::activated, this, &RoomRulesPanel::removeSelectedPair);
    connect(m_ui->keepApartList, &QTreeWidget::itemSelectionChanged, this, &RoomRulesPanel::updateState);
    // Loading the call's rounds reads the rules too; an edit of the rules reloads them.
    connect(&m_document, &models::RoomsDocument::roundsChanged, this, &RoomRulesPanel::refresh);
    connect(&m_planning, &models::RoomPlanning::busyChanged, this, &RoomRulesPanel::updateState);
    connect(&m_document, &models::RoomsDocument::callChanged, this, [this] { showMessage({}); });
    refresh();
}

RoomRulesPanel::~RoomRulesPanel() = default;

void RoomRulesPanel::showMessage(const QString &text)
{
    m_ui->rulesMessage->setText(text);
    m_ui->rulesMessage->setVisible(!text.isEmpty());
}

void RoomRulesPanel::refresh()
{
    const bool out = m_document.hostsInRooms() == storage::HostsInRooms::LeftOut;
    m_ui->hostsOutRadio->setChecked(out);
    m_ui->hostsJoinRadio->setChecked(!out);
    fillPeople(m_ui->firstPersonCombo, m_document);
    fillPeople(m_ui->secondPersonCombo, m_document);
    if (m_ui->secondPersonCombo->count() > 1
        && m_ui->secondPersonCombo->currentIndex() == m_ui->firstPersonCombo->currentIndex())
        m_ui->secondPersonCombo->setCurrentIndex(1);

    const auto selected = m_ui->keepApartList->currentItem();
    const QVariant selectedFirst = selected ? selected->data(0, kFirstRole) : QVariant();
    const QVariant selectedSecond = selected ? selected->data(0, kSecondRole) : QVariant();
    const QSignalBlocker block(m_ui->keepApartList);
    m_ui->keepApartList->clear();
    for (const auto &pair : m_document.keepApartPairs()) {
        auto *item = new QTreeWidgetItem(m_ui->keepApartList,
            { tr("%1 and %2").arg(m_document.nameOf(pair.first), m_document.nameOf(pair.second)), toQt(pair.reason) });
        item->setData(0, kFirstRole, QVariant::fromValue<qint64>(pair.first));
        item->setData(0, kSecondRole, QVariant::fromValue<qint64>(pair.second));
        if (selectedFirst == item->data(0, kFirstRole) && selectedSecond == item->data(0, kSecondRole))
            m_ui->keepApartList->setCurrentItem(item);
    }
    updateState();
}

void RoomRulesPanel::updateState()
{
    const bool editable = m_document.call() > 0 && !m_planning.busy();
    m_ui->hostsBox->setEnabled(editable);
    m_ui->keepApartBox->setEnabled(editable);
    m_ui->addPairButton->setEnabled(m_document.members().size() >= 2);
    m_ui->removePairButton->setEnabled(!m_ui->keepApartList->selectedItems().isEmpty());
}

void RoomRulesPanel::addChosenPair()
{
    if (m_ui->firstPersonCombo->currentIndex() < 0 || m_ui->secondPersonCombo->currentIndex() < 0) {
        showMessage(tr("Choose the two people to keep apart."));
        return;
    }
    const auto first = static_cast<core::PersonId>(m_ui->firstPersonCombo->currentData().toLongLong());
    const auto second = static_cast<core::PersonId>(m_ui->secondPersonCombo->currentData().toLongLong());
    const QString refused = m_rules.addKeepApart(first, second, m_ui->reasonEdit->text());
    if (!refused.isEmpty()) {
        showMessage(QStringLiteral("\u26A0 ") + refused);
        return;
    }
    m_ui->reasonEdit->clear();
    showMessage(
        tr("%1 and %2 are kept apart from the next plan on.").arg(m_document.nameOf(first), m_document.nameOf(second)));
}

void RoomRulesPanel::removeSelectedPair()
{
    const QTreeWidgetItem *item = m_ui->keepApartList->currentItem();
    if (!item || !item->isSelected())
        return;
    const auto first = static_cast<core::PersonId>(item->data(0, kFirstRole).toLongLong());
    const auto second = static_cast<core::PersonId>(item->data(0, kSecondRole).toLongLong());
    const QString names = tr("%1 and %2").arg(m_document.nameOf(first), m_document.nameOf(second));
    m_rules.removeKeepApart(first, second);
    showMessage(tr("%1 may share a room again.").arg(names));
}

} // namespace convener::gui
