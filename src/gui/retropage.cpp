// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/retropage.h"

#include "core/retroexport.h"
#include "core/retrorules.h"
#include "gui/retroactionspanel.h"
#include "gui/retrocolumnview.h"
#include "gui/retropeoplecombo.h"
#include "models/retroboardmodel.h"
#include "models/retroopenactionsmodel.h"
#include "models/rostermodel.h"
#include "models/workspace.h"
#include "storage/conversions.h"
#include "storage/privatefile.h"
#include "ui_retropage.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QShortcut>
#include <QStandardPaths>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace convener::gui {

using core::RetroPhase;
using core::RetroRules;
using models::RetroBoardModel;
using storage::toQt;

namespace {
constexpr int kNewBoardItem = -1;

QString phaseName(RetroPhase phase)
{
    switch (phase) {
    case RetroPhase::Write: return RetroPage::tr("Write");
    case RetroPhase::Group: return RetroPage::tr("Group");
    case RetroPhase::Vote: return RetroPage::tr("Vote");
    case RetroPhase::Discuss: return RetroPage::tr("Discuss");
    case RetroPhase::Actions: return RetroPage::tr("Actions");
    }
    return {};
}
} // namespace

RetroPage::RetroPage(models::Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::RetroPage>()), m_workspace(workspace),
      m_openActions(new models::RetroOpenActionsModel(workspace.retro(), this)),
      m_panel(new RetroActionsPanel(workspace, this))
{
    m_ui->setupUi(this);
    m_ui->openActionsView->setModel(m_openActions);
    m_ui->openActionsView->horizontalHeader()->setSectionResizeMode(models::RetroOpenActionsModel::TextColumn,
                                                                    QHeaderView::Stretch);
    auto *sideLayout = new QVBoxLayout(m_ui->sidePanelHolder);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_panel);
    new QHBoxLayout(m_ui->columnsArea);
    m_ui->boardSplitter->setStretchFactor(0, 3);
    m_ui->boardSplitter->setStretchFactor(1, 1);
    m_ui->boardSplitter->setSizes({1000, 340});
    m_ui->pageLayout->setStretchFactor(m_ui->boardStack, 1);
    m_ui->boardLayout->setStretchFactor(m_ui->boardSplitter, 1);

    m_ui->templateCombo->addItem(tr("Roses, Buds, Thorns and Gems"), static_cast<int>(core::RetroTemplate::RosesBudsThornsGems));
    m_ui->templateCombo->addItem(tr("Start, Stop, Continue"), static_cast<int>(core::RetroTemplate::StartStopContinue));
    m_ui->templateCombo->addItem(tr("Custom columns"), static_cast<int>(core::RetroTemplate::Custom));
    connect(m_ui->templateCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_ui->customColumnsEdit->setEnabled(m_ui->templateCombo->currentData().toInt()
                                            == static_cast<int>(core::RetroTemplate::Custom));
    });
    m_ui->customColumnsEdit->setEnabled(false);

    RetroBoardModel *model = workspace.retro();
    const std::array phases{m_ui->phaseWriteButton, m_ui->phaseGroupButton, m_ui->phaseVoteButton,
                            m_ui->phaseDiscussButton, m_ui->phaseActionsButton};
    for (size_t i = 0; i < phases.size(); ++i)
        connect(phases[i], &QToolButton::clicked, this, [model, i] { model->changePhase(core::kRetroPhases[i]); });
    connect(m_ui->nextPhaseButton, &QPushButton::clicked, this, [model] {
        const auto phase = static_cast<size_t>(model->board().state.phase);
        if (phase + 1 < core::kRetroPhases.size())
            model->changePhase(core::kRetroPhases[phase + 1]);
    });
    connect(m_ui->revealButton, &QPushButton::clicked, model, &RetroBoardModel::revealCards);
    connect(m_ui->anonymousCheck, &QCheckBox::clicked, this, [this, model](bool anonymous) {
        auto state = model->board().state;
        state.anonymity = anonymous ? core::RetroAnonymity::Anonymous : core::RetroAnonymity::Named;
        model->changeSettings(state);
        updateState();
    });
    connect(m_ui->perPersonSpin, &QSpinBox::editingFinished, this, &RetroPage::changeLimits);
    connect(m_ui->perCardSpin, &QSpinBox::editingFinished, this, &RetroPage::changeLimits);

    connect(m_ui->createBoardButton, &QPushButton::clicked, this, &RetroPage::createBoard);
    connect(m_ui->addCardButton, &QPushButton::clicked, this, &RetroPage::addCard);
    connect(m_ui->cardTextEdit, &QLineEdit::returnPressed, this, &RetroPage::addCard);
    connect(m_ui->removeCardButton, &QPushButton::clicked, this, &RetroPage::removeSelectedCard);
    connect(m_ui->groupButton, &QPushButton::clicked, this, &RetroPage::groupSelectedCards);
    connect(m_ui->ungroupButton, &QPushButton::clicked, this, &RetroPage::ungroupSelectedCard);
    connect(m_ui->voteButton, &QPushButton::clicked, this, &RetroPage::voteForSelectedCard);
    connect(m_ui->retractButton, &QPushButton::clicked, this, &RetroPage::retractFromSelectedCard);
    connect(m_ui->voterCombo, &QComboBox::currentIndexChanged, this, &RetroPage::updateVotesLeft);
    connect(m_ui->exportMarkdownButton, &QPushButton::clicked, this, [this] { chooseExportFile(ExportFormat::Markdown); });
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, [this] { chooseExportFile(ExportFormat::Csv); });
    auto *vote = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(vote, &QShortcut::activated, this, &RetroPage::voteForSelectedCard);
    auto *retract = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), this, nullptr, nullptr,
                                  Qt::WidgetWithChildrenShortcut);
    connect(retract, &QShortcut::activated, this, &RetroPage::retractFromSelectedCard);

    connect(m_ui->callCombo, &QComboBox::activated, this, [this, model](int index) {
        const int call = m_ui->callCombo->itemData(index).toInt();
        if (call == kNewBoardItem) {
            m_ui->boardStack->setCurrentWidget(m_ui->noBoardPage);
            m_ui->newCallSpin->setFocus(Qt::OtherFocusReason);
        } else {
            model->showCall(call);
        }
    });

    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keepSelected = selectedCard(); });
    m_resetConnection = connect(model, &QAbstractItemModel::modelReset, this, &RetroPage::rootColumns);
    connect(model, &RetroBoardModel::boardChanged, this, [this] {
        m_ui->messageLabel->clear();
        updateState();
    });
    connect(model, &RetroBoardModel::refused, this, &RetroPage::showMessage);
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

QTreeView *RetroPage::columnView(int column) const
{
    return column >= 0 && column < static_cast<int>(m_columnViews.size()) ? m_columnViews[static_cast<size_t>(column)]
                                                                          : nullptr;
}

void RetroPage::refillPeople()
{
    fillPeopleCombo(m_ui->cardAuthorCombo, *m_workspace.people(), tr("Anonymous"));
    fillPeopleCombo(m_ui->voterCombo, *m_workspace.people(), {});
    updateVotesLeft();
}

void RetroPage::refillCalls()
{
    const auto *model = m_workspace.retro();
    m_ui->callCombo->clear();
    for (int call : model->boardCalls())
        m_ui->callCombo->addItem(tr("Call %1").arg(call), call);
    m_ui->callCombo->addItem(tr("New board..."), kNewBoardItem);
    const int current = m_ui->callCombo->findData(model->callNumber());
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
        view->setModel(m_workspace.retro());
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
            updateVotesLeft();
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
    m_resetConnection = connect(m_workspace.retro(), &QAbstractItemModel::modelReset, this, &RetroPage::rootColumns);
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
    auto *model = m_workspace.retro();
    for (size_t i = 0; i < m_columnViews.size(); ++i) {
        m_columnViews[i]->setRootIndex(model->index(static_cast<int>(i), 0));
        m_columnViews[i]->expandAll();
    }
    if (m_keepSelected != 0) {
        const QModelIndex again = model->cardIndex(m_keepSelected);
        const int column = model->board().card(m_keepSelected)
                               ? static_cast<int>(std::find(m_columnIds.begin(), m_columnIds.end(),
                                                            model->board().card(m_keepSelected)->column)
                                                  - m_columnIds.begin())
                               : -1;
        if (QTreeView *view = columnView(column); view && again.isValid()) {
            view->setCurrentIndex(again);
            view->selectionModel()->select(again, QItemSelectionModel::ClearAndSelect);
        }
        m_keepSelected = 0;
    }
}

void RetroPage::updateState()
{
    const auto *model = m_workspace.retro();
    const bool hasCohort = model->cohort() != 0;
    refillCalls();
    m_ui->callCombo->setEnabled(hasCohort);
    m_ui->exportMarkdownButton->setEnabled(model->hasBoard());
    m_ui->exportCsvButton->setEnabled(model->hasBoard());
    m_ui->openActionsBox->setVisible(m_openActions->rowCount() > 0);
    if (!model->hasBoard()) {
        m_ui->boardStack->setCurrentWidget(m_ui->noBoardPage);
        m_ui->newCallSpin->setValue(model->callNumber() > 0 ? model->callNumber() : 4);
        m_ui->createBoardButton->setEnabled(hasCohort);
        m_ui->noBoardLabel->setText(
            hasCohort ? tr("Call %1 has no retro board yet. Choose its columns and create it: Roses, Buds, Thorns and "
                           "Gems suit the closing call.")
                            .arg(model->callNumber())
                      : tr("Open a cohort first (in People) to run its retro here."));
        return;
    }
    m_ui->boardStack->setCurrentWidget(m_ui->boardPage);
    const auto &state = model->board().state;
    const std::array phases{m_ui->phaseWriteButton, m_ui->phaseGroupButton, m_ui->phaseVoteButton,
                            m_ui->phaseDiscussButton, m_ui->phaseActionsButton};
    for (size_t i = 0; i < phases.size(); ++i) {
        const bool current = core::kRetroPhases[i] == state.phase;
        const QString name = phaseName(core::kRetroPhases[i]);
        // The current phase is marked in words and shape too, not only by the button's look.
        phases[i]->setText(current ? QStringLiteral("\u25B6 %1 %2").arg(i + 1).arg(name) : QStringLiteral("%1 %2").arg(i + 1).arg(name));
        phases[i]->setAccessibleName(current ? tr("%1 phase, current").arg(name) : tr("%1 phase").arg(name));
        phases[i]->setChecked(current);
    }
    m_ui->nextPhaseButton->setEnabled(state.phase != RetroPhase::Actions);
    m_ui->revealButton->setEnabled(!state.revealed);
    m_ui->revealButton->setText(state.revealed ? tr("Cards Revealed") : tr("Re&veal Cards"));

    const bool anonymous = state.anonymity == core::RetroAnonymity::Anonymous;
    m_ui->anonymousCheck->setChecked(anonymous);
    m_ui->anonymousCheck->setEnabled(!anonymous || model->board().cards.empty());
    const QSignalBlocker person(m_ui->perPersonSpin);
    const QSignalBlocker card(m_ui->perCardSpin);
    m_ui->perPersonSpin->setValue(state.limits.perPerson);
    m_ui->perCardSpin->setValue(state.limits.perCard);

    QStringList notes;
    notes << (state.revealed ? tr("Cards are visible to the room.")
                             : tr("Cards stay hidden until you reveal them; only their number shows."));
    if (state.phase == RetroPhase::Vote)
        notes << tr("Vote counts stay hidden until you move on to Discuss.");
    if (anonymous)
        notes << tr("This board is anonymous: no author is recorded.");
    m_ui->stateLabel->setText(notes.join(QLatin1Char(' ')));

    const bool writing = RetroRules::phaseAllows(state.phase, core::RetroEdit::AddCard);
    const bool grouping = RetroRules::phaseAllows(state.phase, core::RetroEdit::GroupCards);
    const bool voting = RetroRules::phaseAllows(state.phase, core::RetroEdit::CastVote);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->cardTextEdit), static_cast<QWidget *>(m_ui->cardColumnCombo),
                       static_cast<QWidget *>(m_ui->addCardButton), static_cast<QWidget *>(m_ui->removeCardButton)})
        w->setEnabled(writing);
    m_ui->cardAuthorCombo->setEnabled(writing && !anonymous);
    if (anonymous)
        m_ui->cardAuthorCombo->setCurrentIndex(0);
    m_ui->groupButton->setEnabled(grouping);
    m_ui->ungroupButton->setEnabled(grouping);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->voterCombo), static_cast<QWidget *>(m_ui->voteButton),
                       static_cast<QWidget *>(m_ui->retractButton)})
        w->setEnabled(voting);

    const QVariant column = m_ui->cardColumnCombo->currentData();
    m_ui->cardColumnCombo->clear();
    for (const auto &c : model->board().columns)
        m_ui->cardColumnCombo->addItem(toQt(c.title), QVariant::fromValue<qlonglong>(c.id));
    if (const int again = m_ui->cardColumnCombo->findData(column); again >= 0)
        m_ui->cardColumnCombo->setCurrentIndex(again);
    updateVotesLeft();
}

void RetroPage::updateVotesLeft()
{
    const auto *model = m_workspace.retro();
    const auto voter = chosenPerson(m_ui->voterCombo);
    if (!model->hasBoard() || !voter || model->board().state.phase != RetroPhase::Vote) {
        m_ui->votesLeftLabel->clear();
        return;
    }
    const auto &board = model->board();
    QString text = tr("%1 has %2 of %3 votes left.")
                       .arg(m_ui->voterCombo->currentText())
                       .arg(RetroRules::votesLeft(board, *voter))
                       .arg(board.state.limits.perPerson);
    const auto cards = selectedCards();
    if (cards.size() == 1)
        text += QLatin1Char(' ')
                + tr("On the selected card: %1 of at most %2.")
                      .arg(RetroRules::votesOnCard(board, *voter, cards.front()))
                      .arg(board.state.limits.perCard);
    m_ui->votesLeftLabel->setText(text);
}

void RetroPage::showMessage(const QString &message)
{
    m_ui->messageLabel->setText(tr("Not done: %1").arg(message));
    updateState();
}

void RetroPage::changeLimits()
{
    auto state = m_workspace.retro()->board().state;
    state.limits = {m_ui->perPersonSpin->value(), m_ui->perCardSpin->value()};
    m_workspace.retro()->changeSettings(state);
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

core::RetroCardId RetroPage::selectedCard()
{
    const auto cards = selectedCards();
    return cards.size() == 1 ? cards.front() : 0;
}

void RetroPage::createBoard()
{
    const auto source = static_cast<core::RetroTemplate>(m_ui->templateCombo->currentData().toInt());
    std::vector<core::RetroColumnSpec> columns = core::retroTemplateColumns(source);
    if (source == core::RetroTemplate::Custom) {
        auto parsed = core::customRetroColumns(storage::toStd(m_ui->customColumnsEdit->text()));
        if (auto *problem = std::get_if<std::string>(&parsed)) {
            showMessage(toQt(*problem));
            return;
        }
        columns = std::get<std::vector<core::RetroColumnSpec>>(parsed);
    }
    m_workspace.retro()->createBoard(m_ui->newCallSpin->value(), source, columns);
}

void RetroPage::addCard()
{
    auto *model = m_workspace.retro();
    const size_t before = model->board().cards.size();
    model->addCard(m_ui->cardColumnCombo->currentData().toLongLong(), chosenPerson(m_ui->cardAuthorCombo),
                   m_ui->cardTextEdit->text());
    if (model->board().cards.size() > before) {
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

void RetroPage::voteForSelectedCard()
{
    const auto voter = chosenPerson(m_ui->voterCombo);
    const auto card = selectedCard();
    if (!voter || card == 0) {
        showMessage(tr("Choose who votes and select one card."));
        return;
    }
    m_keepSelected = card;
    m_workspace.retro()->castVote(*voter, card);
    updateVotesLeft();
}

void RetroPage::retractFromSelectedCard()
{
    const auto voter = chosenPerson(m_ui->voterCombo);
    const auto card = selectedCard();
    if (!voter || card == 0) {
        showMessage(tr("Choose who votes and select one card."));
        return;
    }
    m_workspace.retro()->retractVote(*voter, card);
    updateVotesLeft();
}

void RetroPage::chooseExportFile(ExportFormat format)
{
    const auto &snapshot = m_workspace.retro()->snapshot();
    const QString suffix = format == ExportFormat::Markdown ? QStringLiteral(".md") : QStringLiteral(".csv");
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
                              + tr("%1 call %2 retro").arg(toQt(snapshot.cohortName)).arg(snapshot.board.callNumber)
                              + suffix;
    const QString filter = format == ExportFormat::Markdown ? tr("Markdown files (*.md)") : tr("CSV files (*.csv)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Retro Board"), suggested, filter);
    if (!path.isEmpty())
        exportTo(path, format);
}

bool RetroPage::exportTo(const QString &path, ExportFormat format)
{
    const auto &snapshot = m_workspace.retro()->snapshot();
    if (snapshot.board.id == 0)
        return false;
    const std::string text = format == ExportFormat::Markdown ? core::retroMarkdown(snapshot) : core::retroCsv(snapshot);
    const auto status = storage::writePrivateFile(path, QByteArray(text.data(), static_cast<qsizetype>(text.size())));
    if (!status) {
        Q_EMIT m_workspace.storageFailed(status.error());
        return false;
    }
    m_ui->messageLabel->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace convener::gui
