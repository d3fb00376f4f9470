// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/retro/retropage.h"

#include "core/retro/retrorules.h"
#include "gui/retro/retroactionspanel.h"
#include "gui/retro/retrocolumnview.h"
#include "gui/retro/retronewboardpanel.h"
#include "gui/retro/retropeoplecombo.h"
#include "gui/retro/retrophasebar.h"
#include "gui/retro/retrovotepanel.h"
#include "models/program/callstepsmodel.h"
#include "models/retro/retroboarddocument.h"
#include "models/retro/retroboardmodel.h"
#include "models/retro/retroopenactionsmodel.h"
#include "models/roster/rostermodel.h"
#include "models/text.h"
#include "models/workspace.h"
#include "ui_retropage.h"

#include <algorithm>
#include <QApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QShortcut>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace convener::gui {

using core::RetroRules;
using models::RetroBoardDocument;
using models::RetroBoardModel;
using models::toQt;

namespace {
constexpr int kNewBoardItem = -1;

// Puts the controls of panel (its direct children that take Tab), in their
// own order, into the page's tab order right after previous, and returns the
// last of them. The panels are made after the page's form, which would
// otherwise send them to the end of the tab order.
QWidget *chainAfter(QWidget *previous, QWidget *panel)
{
    std::vector<QWidget *> children;
    for (QWidget *w = panel->nextInFocusChain(); w != panel && panel->isAncestorOf(w); w = w->nextInFocusChain()) {
        if (w->parentWidget() == panel && (w->focusPolicy() & Qt::TabFocus))
            children.push_back(w);
    }
    for (QWidget *child : children) {
        QWidget::setTabOrder(previous, child);
        previous = child;
    }
    return previous;
}
} // namespace

RetroPage::RetroPage(models::Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::RetroPage>()), m_workspace(workspace),
      m_openActions(new models::RetroOpenActionsModel(workspace.retro(), this)),
      m_panel(new RetroActionsPanel(workspace, this))
{
    m_ui->setupUi(this);
    RetroBoardDocument *document = workspace.retro();
    RetroBoardModel *tree = workspace.retroBoard();
    m_export = new RetroExportPanel(workspace, this);
    m_export->setObjectName(QStringLiteral("exportPanel"));
    m_ui->headerLayout->addWidget(m_export);
    m_newBoard = new RetroNewBoardPanel(document, this);
    m_newBoard->setObjectName(QStringLiteral("newBoardPanel"));
    m_ui->noBoardLayout->addWidget(m_newBoard);
    m_phaseBar = new RetroPhaseBar(document, this);
    m_phaseBar->setObjectName(QStringLiteral("phaseBar"));
    m_ui->boardLayout->insertWidget(0, m_phaseBar);
    m_votes = new RetroVotePanel(
        workspace, [this] { return selectedCards(); }, [this] { return selectedGroup(); }, this);
    m_votes->setObjectName(QStringLiteral("votePanel"));
    m_ui->boardLayout->addWidget(m_votes);
    keepTabOrder();
    m_ui->openActionsView->setModel(m_openActions);
    auto *openHeader = m_ui->openActionsView->horizontalHeader();
    openHeader->setSectionResizeMode(models::RetroOpenActionsModel::TextColumn, QHeaderView::Stretch);
    // An item carried from an earlier cohort names that cohort here in full.
    openHeader->setSectionResizeMode(models::RetroOpenActionsModel::FromColumn, QHeaderView::ResizeToContents);
    auto *sideLayout = new QVBoxLayout(m_ui->sidePanelHolder);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_panel);
    new QHBoxLayout(m_ui->columnsArea);
    m_ui->boardSplitter->setStretchFactor(0, 3);
    m_ui->boardSplitter->setStretchFactor(1, 1);
    m_ui->boardSplitter->setSizes({1000, 340});
    m_ui->pageLayout->setStretchFactor(m_ui->boardStack, 1);
    m_ui->boardLayout->setStretchFactor(m_ui->boardSplitter, 1);

    connect(m_export, &RetroExportPanel::reported, m_ui->messageLabel, &QLabel::setText);
    connect(m_newBoard, &RetroNewBoardPanel::refused, this, &RetroPage::showMessage);
    connect(m_phaseBar, &RetroPhaseBar::settingsEdited, this, &RetroPage::updateState);
    connect(m_votes, &RetroVotePanel::refused, this, &RetroPage::showMessage);
    connect(m_ui->addCardButton, &QPushButton::clicked, this, &RetroPage::addCard);
    connect(m_ui->cardTextEdit, &QLineEdit::returnPressed, this, &RetroPage::addCard);
    connect(m_ui->removeCardButton, &QPushButton::clicked, this, &RetroPage::removeSelectedCard);
    connect(m_ui->groupButton, &QPushButton::clicked, this, &RetroPage::groupSelectedCards);
    connect(m_ui->ungroupButton, &QPushButton::clicked, this, &RetroPage::ungroupSelectedCard);
    // Page-wide, so that the keys work with the focus in a column.
    auto *vote = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(vote, &QShortcut::activated, m_votes, &RetroVotePanel::voteForSelectedCard);
    auto *retract = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), this, nullptr, nullptr,
                                  Qt::WidgetWithChildrenShortcut);
    connect(retract, &QShortcut::activated, m_votes, &RetroVotePanel::retractFromSelectedCard);

    connect(m_ui->callCombo, &QComboBox::activated, this, [this, document](int index) {
        const int call = m_ui->callCombo->itemData(index).toInt();
        if (call == kNewBoardItem) {
            m_ui->boardStack->setCurrentWidget(m_ui->noBoardPage);
            m_newBoard->refresh(callCount());
            m_newBoard->focusCallNumber();
        } else {
            document->showCall(call);
        }
    });

    connect(tree, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keepSelected = selectedCard(); });
    m_resetConnection = connect(tree, &QAbstractItemModel::modelReset, this, &RetroPage::rootColumns);
    connect(document, &RetroBoardDocument::boardChanged, this, [this] {
        m_ui->messageLabel->clear();
        updateState();
    });
    connect(document, &RetroBoardDocument::refused, this, &RetroPage::showMessage);
    const auto people = m_workspace.people();
    connect(people, &QAbstractItemModel::modelReset, this, &RetroPage::refillPeople);
    connect(people, &QAbstractItemModel::rowsInserted, this, &RetroPage::refillPeople);
    connect(people, &QAbstractItemModel::rowsRemoved, this, &RetroPage::refillPeople);
    connect(people, &QAbstractItemModel::dataChanged, this, &RetroPage::refillPeople);
    refillPeople();
    rootColumns();
    updateState();
}

RetroPage::~RetroPage() = default;

void RetroPage::keepTabOrder()
{
    // The order the form had before its parts became panels: the header, the
    // new-board form, the phase bar, card entry, then voting.
    chainAfter(m_ui->callCombo, m_export);
    chainAfter(chainAfter(m_ui->openActionsView, m_newBoard), m_phaseBar);
    chainAfter(m_ui->ungroupButton, m_votes);
}

bool RetroPage::exportTo(const QString &path, ExportFormat format)
{
    return m_export->exportTo(path, format);
}

QTreeView *RetroPage::columnView(int column) const
{
    return column >= 0 && column < static_cast<int>(m_columnViews.size()) ? m_columnViews[static_cast<size_t>(column)]
                                                                          : nullptr;
}

void RetroPage::refillPeople()
{
    fillPeopleCombo(m_ui->cardAuthorCombo, *m_workspace.people(), tr("Anonymous"));
}

void RetroPage::refillCalls()
{
    const auto *document = m_workspace.retro();
    m_ui->callCombo->clear();
    for (int call : document->boardCalls())
        m_ui->callCombo->addItem(tr("Call %1").arg(call), call);
    m_ui->callCombo->addItem(tr("New board..."), kNewBoardItem);
    const int current = m_ui->callCombo->findData(document->callNumber());
    m_ui->callCombo->setCurrentIndex(current >= 0 ? current : m_ui->callCombo->count() - 1);
}

void RetroPage::rebuildColumns()
{
    const auto &board = m_workspace.retro()->board();
    std::vector<core::RetroColumnId> ids;
    for (const auto &c : board.columns)
        ids.push_back(c.id);
    const auto heading = [](const core::RetroColumn &column) {
        return QStringLiteral("<b>%1</b><br><small>%2</small>")
            .arg(toQt(column.title).toHtmlEscaped(), toQt(column.prompt).toHtmlEscaped());
    };
    if (ids == m_columnIds) {
        // A renamed column keeps its view (and the button that renamed it).
        for (size_t i = 0; i < ids.size(); ++i) {
            m_columnTitles[i]->setText(heading(board.columns[i]));
            m_columnViews[i]->setAccessibleName(tr("%1 cards").arg(toQt(board.columns[i].title)));
        }
        return;
    }
    for (QWidget *frame : m_columnFrames)
        delete frame;
    m_columnFrames.clear();
    m_columnTitles.clear();
    m_columnViews.clear();
    m_lastView = nullptr;
    m_columnIds = ids;
    auto *layout = static_cast<QHBoxLayout *>(m_ui->columnsArea->layout());
    for (const auto &column : board.columns) {
        auto *frame = new QWidget(m_ui->columnsArea);
        auto *v = new QVBoxLayout(frame);
        v->setContentsMargins(0, 0, 0, 0);
        auto *title = new QLabel(heading(column), frame);
        title->setWordWrap(true);
        auto *view = new RetroColumnView(frame);
        view->setObjectName(QStringLiteral("retroColumn%1").arg(m_columnViews.size()));
        view->setAccessibleName(tr("%1 cards").arg(toQt(column.title)));
        view->setModel(m_workspace.retroBoard());
        title->setBuddy(view);
        if (board.source == core::RetroTemplate::Custom) {
            auto *row = new QHBoxLayout;
            row->addWidget(title, 1);
            auto *rename = new QToolButton(frame);
            rename->setObjectName(QStringLiteral("renameColumn%1").arg(m_columnViews.size()));
            rename->setText(tr("Rename..."));
            rename->setToolTip(tr("Give this column another title"));
            const core::RetroColumnId id = column.id;
            connect(rename, &QToolButton::clicked, this, [this, id] { chooseColumnTitle(id); });
            row->addWidget(rename, 0, Qt::AlignTop);
            v->addLayout(row);
        } else {
            v->addWidget(title);
        }
        v->addWidget(view);
        layout->addWidget(frame);
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this, view] {
            if (!view->selectionModel()->hasSelection())
                return;
            m_lastView = view;
            for (QTreeView *other : m_columnViews) {
                if (other != view)
                    other->clearSelection();
            }
            m_votes->refresh();
        });
        auto *remove = new QShortcut(QKeySequence::Delete, view, nullptr, nullptr, Qt::WidgetShortcut);
        connect(remove, &QShortcut::activated, this, &RetroPage::removeSelectedCard);
        m_columnFrames.push_back(frame);
        m_columnTitles.push_back(title);
        m_columnViews.push_back(view);
    }
    // A view forgets its root when the model resets; re-rooting must run after
    // the views' own reset handlers, so it is connected after them.
    disconnect(m_resetConnection);
    m_resetConnection
        = connect(m_workspace.retroBoard(), &QAbstractItemModel::modelReset, this, &RetroPage::rootColumns);
}

void RetroPage::chooseColumnTitle(core::RetroColumnId column)
{
    const core::RetroColumn *c = m_workspace.retro()->board().column(column);
    if (!c)
        return;
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("Rename Column"), tr("New title of the column:"),
                                                QLineEdit::Normal, toQt(c->title), &ok);
    if (ok)
        m_workspace.retro()->renameColumn(column, title);
}

void RetroPage::rootColumns()
{
    rebuildColumns();
    const auto *tree = m_workspace.retroBoard();
    const auto &board = m_workspace.retro()->board();
    for (size_t i = 0; i < m_columnViews.size(); ++i) {
        m_columnViews[i]->setRootIndex(tree->index(static_cast<int>(i), 0));
        m_columnViews[i]->expandAll();
    }
    if (m_keepSelected != 0) {
        const QModelIndex again = tree->cardIndex(m_keepSelected);
        const int column = board.card(m_keepSelected)
            ? static_cast<int>(std::find(m_columnIds.begin(), m_columnIds.end(), board.card(m_keepSelected)->column)
                - m_columnIds.begin())
            : -1;
        if (QTreeView *view = columnView(column); view && again.isValid()) {
            view->setCurrentIndex(again);
            view->selectionModel()->select(again, QItemSelectionModel::ClearAndSelect);
        }
        m_keepSelected = 0;
    }
}

int RetroPage::callCount() const
{
    return static_cast<int>(m_workspace.program()->calls().size());
}

void RetroPage::updateState()
{
    const auto *document = m_workspace.retro();
    refillCalls();
    m_ui->callCombo->setEnabled(document->cohort() != 0);
    m_export->refresh();
    m_ui->openActionsBox->setVisible(m_openActions->rowCount() > 0);
    if (!document->hasBoard()) {
        m_ui->boardStack->setCurrentWidget(m_ui->noBoardPage);
        m_newBoard->refresh(callCount());
        return;
    }
    const bool boardAppears = m_ui->boardStack->currentWidget() != m_ui->boardPage;
    m_ui->boardStack->setCurrentWidget(m_ui->boardPage);
    m_phaseBar->refresh();
    const auto &state = document->board().state;
    const bool anonymous = state.anonymity == core::RetroAnonymity::Anonymous;
    const bool writing = RetroRules::phaseAllows(state.phase, core::RetroEdit::AddCard);
    const bool grouping = RetroRules::phaseAllows(state.phase, core::RetroEdit::GroupCards);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->cardTextEdit), static_cast<QWidget *>(m_ui->cardColumnCombo),
                       static_cast<QWidget *>(m_ui->addCardButton), static_cast<QWidget *>(m_ui->removeCardButton)})
        w->setEnabled(writing);
    m_ui->cardAuthorCombo->setEnabled(writing && !anonymous);
    if (anonymous)
        m_ui->cardAuthorCombo->setCurrentIndex(0);
    m_ui->groupButton->setEnabled(grouping);
    m_ui->ungroupButton->setEnabled(grouping);
    // A board that has just appeared (created, or another call's shown)
    // takes the focus to card entry: left to Qt, it would pass from the
    // hidden new-board form to the next control in line, the phase bar,
    // where the next Space would change the board.
    if (boardAppears && isVisible()) {
        QWidget *focus = QApplication::focusWidget();
        if (!focus || m_phaseBar->isAncestorOf(focus) || m_ui->noBoardPage->isAncestorOf(focus))
            (writing ? static_cast<QWidget *>(m_ui->cardTextEdit) : static_cast<QWidget *>(m_ui->callCombo))
                ->setFocus(Qt::OtherFocusReason);
    }

    const QVariant column = m_ui->cardColumnCombo->currentData();
    m_ui->cardColumnCombo->clear();
    for (const auto &c : document->board().columns)
        m_ui->cardColumnCombo->addItem(toQt(c.title), QVariant::fromValue<qlonglong>(c.id));
    if (const int again = m_ui->cardColumnCombo->findData(column); again >= 0)
        m_ui->cardColumnCombo->setCurrentIndex(again);
    m_votes->refresh();
}

void RetroPage::showMessage(const QString &message)
{
    m_ui->messageLabel->setText(tr("Not done: %1").arg(message));
    updateState();
}

std::vector<core::RetroCardId> RetroPage::selectedCards() const
{
    std::vector<core::RetroCardId> cards;
    if (!m_lastView)
        return cards;
    for (const QModelIndex &index : m_lastView->selectionModel()->selectedIndexes()) {
        if (index.data(RetroBoardModel::KindRole).toInt() == static_cast<int>(RetroBoardModel::Kind::Card))
            cards.push_back(index.data(RetroBoardModel::CardIdRole).toLongLong());
    }
    return cards;
}

core::RetroGroupId RetroPage::selectedGroup() const
{
    if (!m_lastView)
        return 0;
    const QModelIndexList selected = m_lastView->selectionModel()->selectedRows();
    if (selected.size() != 1
        || selected.front().data(RetroBoardModel::KindRole).toInt() != static_cast<int>(RetroBoardModel::Kind::Group))
        return 0;
    return selected.front().data(RetroBoardModel::GroupIdRole).toLongLong();
}

core::RetroCardId RetroPage::selectedCard()
{
    const auto cards = selectedCards();
    return cards.size() == 1 ? cards.front() : 0;
}

void RetroPage::addCard()
{
    auto *document = m_workspace.retro();
    const size_t before = document->board().cards.size();
    document->addCard(m_ui->cardColumnCombo->currentData().toLongLong(), chosenPerson(m_ui->cardAuthorCombo),
        m_ui->cardTextEdit->text());
    if (document->board().cards.size() > before) {
        m_ui->cardTextEdit->clear();
        m_ui->cardTextEdit->setFocus(Qt::OtherFocusReason);
    }
}

void RetroPage::removeSelectedCard()
{
    if (const auto card = selectedCard())
        m_workspace.retro()->removeCard(card);
    else
        showMessage(tr("Select one card to remove."));
}

void RetroPage::groupSelectedCards()
{
    auto cards = selectedCards();
    if (cards.size() < 2) {
        showMessage(tr("Select two or more cards in one column (Ctrl+click), or drag a card onto another."));
        return;
    }
    const auto target = cards.front();
    cards.erase(cards.begin());
    m_workspace.retro()->groupCards(cards, target);
}

void RetroPage::ungroupSelectedCard()
{
    if (const auto card = selectedCard())
        m_workspace.retro()->ungroupCard(card);
    else
        showMessage(tr("Select the card to take out of its group."));
}

} // namespace convener::gui
