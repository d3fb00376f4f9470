// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/program/callstepsmodel.h"

#include "core/program/builtinlibrary.h"
#include "core/program/programdurations.h"
#include "core/program/programvalidation.h"
#include "models/program/changestep.h"
#include "models/program/duplicatestep.h"
#include "models/program/fieldproblems.h"
#include "models/program/insertstep.h"
#include "models/program/movestep.h"
#include "models/program/programfile.h"
#include "models/program/removestep.h"
#include "models/program/replacesteps.h"
#include "models/storageerror.h"
#include "storage/conversions.h"

#include <algorithm>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QMimeData>
#include <QUndoStack>
#include <set>
#include <string>

namespace convener::models {

using storage::toQt;
using storage::toStd;

const QString CallStepsModel::kStepsMimeType = QStringLiteral("application/x-convener-call-steps");
const QString CallStepsModel::kPracticeMimeType = QStringLiteral("application/x-convener-practice");

namespace {

const core::ProgramCall kNoCall;
const std::vector<core::ProgramProblem> kNoProblems;

// "steps[3].phases[0].duration" -> 3; -1 for a path outside the steps.
int stepOfPath(const std::string &path)
{
    static const std::string prefix = "steps[";
    if (path.rfind(prefix, 0) != 0)
        return -1;
    const auto close = path.find(']', prefix.size());
    if (close == std::string::npos)
        return -1;
    try {
        return std::stoi(path.substr(prefix.size(), close - prefix.size()));
    } catch (...) {
        return -1;
    }
}

QString spaceText(const core::Step &step)
{
    const auto size = step.plannedGroupSize();
    switch (step.space) {
    case core::StepSpace::Self: return CallStepsModel::tr("Alone");
    case core::StepSpace::Pair: return CallStepsModel::tr("Pairs");
    case core::StepSpace::Trio: return CallStepsModel::tr("Trios");
    case core::StepSpace::Group:
        return size ? CallStepsModel::tr("Groups of %1").arg(*size) : CallStepsModel::tr("Small groups");
    case core::StepSpace::Circle:
        return size ? CallStepsModel::tr("Whole circle (%1)").arg(*size) : CallStepsModel::tr("Whole circle");
    }
    return {};
}

QDateTime plannedStart(const core::ProgramCall &call)
{
    return QDateTime::fromString(toQt(call.plannedStart), QStringLiteral("yyyy-MM-ddTHH:mm"));
}

} // namespace

CallStepsModel::CallStepsModel(storage::Database &database, QUndoStack *undoStack, QObject *parent)
    : QAbstractTableModel(parent), m_programs(std::make_unique<storage::ProgramRepository>(database)),
      m_undoStack(undoStack)
{
}

CallStepsModel::~CallStepsModel() = default;

bool CallStepsModel::setCohort(core::CohortId cohort)
{
    std::vector<storage::CohortCall> calls;
    if (cohort != 0) {
        auto loaded = m_programs->calls(cohort);
        if (!loaded) {
            Q_EMIT storageFailed(describe(loaded.error()));
            return false;
        }
        calls = std::move(loaded).value();
    }
    beginResetModel();
    m_cohort = cohort;
    m_calls = std::move(calls);
    for (const auto &c : m_calls)
        m_ledger.seen(keyOf({ c.cohort, c.number }), c.stamp);
    m_shown = m_calls.empty() ? -1 : 0;
    recompute();
    endResetModel();
    Q_EMIT callsChanged();
    Q_EMIT callChanged();
    return true;
}

bool CallStepsModel::reload()
{
    const int shown = callNumber();
    if (!setCohort(m_cohort))
        return false;
    if (shown > 0)
        showCall(shown);
    return true;
}

bool CallStepsModel::push(QUndoCommand *command)
{
    m_applied = false;
    m_undoStack->push(command);
    return m_applied;
}

RowLedger::Key CallStepsModel::keyOf(const CallRef &ref)
{
    return { storage::Table::CohortCalls, QStringLiteral("%1/%2").arg(ref.cohort).arg(ref.number) };
}

void CallStepsModel::refuseChangedElsewhere(const storage::Error &error)
{
    Q_EMIT refused(describe(error));
    reload();
}

bool CallStepsModel::showCall(int number)
{
    for (size_t i = 0; i < m_calls.size(); ++i) {
        if (m_calls[i].number != number)
            continue;
        if (static_cast<int>(i) == m_shown)
            return true;
        beginResetModel();
        m_shown = static_cast<int>(i);
        recompute();
        endResetModel();
        Q_EMIT callChanged();
        return true;
    }
    return false;
}

int CallStepsModel::callNumber() const
{
    return m_shown >= 0 ? m_calls[static_cast<size_t>(m_shown)].number : 0;
}

const core::ProgramCall &CallStepsModel::call() const
{
    return m_shown >= 0 ? m_calls[static_cast<size_t>(m_shown)].call : kNoCall;
}

const core::Step &CallStepsModel::step(int row) const
{
    return call().steps.at(static_cast<size_t>(row));
}

int CallStepsModel::rowOfStep(const std::string &stepId) const
{
    const auto &steps = call().steps;
    for (size_t i = 0; i < steps.size(); ++i) {
        if (steps[i].id == stepId)
            return static_cast<int>(i);
    }
    return -1;
}

QString CallStepsModel::startText(int row) const
{
    if (!validRow(row))
        return {};
    const core::Seconds offset = m_offsets[static_cast<size_t>(row)];
    const QDateTime start = plannedStart(call());
    if (!start.isValid())
        return toQt(core::offsetText(offset));
    const QDateTime at = start.addSecs(offset.count());
    return at.toString(at.time().second() != 0 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
}

QString CallStepsModel::callStartText() const
{
    const QDateTime start = plannedStart(call());
    return start.isValid() ? QLocale().toString(start, QStringLiteral("dddd d MMMM yyyy, HH:mm")) : QString();
}

const std::vector<core::ProgramProblem> &CallStepsModel::problems(int row) const
{
    return validRow(row) ? m_problems[static_cast<size_t>(row)] : kNoProblems;
}

void CallStepsModel::recompute()
{
    const auto &c = call();
    m_offsets = c.startOffsets();
    m_problems.assign(c.steps.size(), {});
    m_callProblems.clear();
    for (auto &problem : core::validateCall(c)) {
        const int row = stepOfPath(problem.path);
        if (row >= 0 && row < static_cast<int>(m_problems.size()))
            m_problems[static_cast<size_t>(row)].push_back(std::move(problem));
        else
            m_callProblems.push_back(std::move(problem));
    }
    for (auto &list : m_problems) {
        std::stable_sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
            return a.severity == core::ProblemSeverity::Error && b.severity != core::ProblemSeverity::Error;
        });
    }
}

int CallStepsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(call().steps.size());
}

int CallStepsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallStepsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Step &s = step(index.row());
    const auto &problems = m_problems[static_cast<size_t>(index.row())];
    const bool hasError = core::hasErrors(problems);
    switch (role) {
    case StepIdRole: return toQt(s.id);
    case StartOffsetRole: return static_cast<qlonglong>(m_offsets[static_cast<size_t>(index.row())].count());
    case HasErrorRole: return hasError;
    case ProblemsRole: {
        QStringList out;
        for (const auto &p : problems)
            out << problemText(p);
        return out;
    }
    case Qt::ToolTipRole:
        if (index.column() == ProblemsColumn && !problems.empty())
            return data(index, ProblemsRole).toStringList().join(QLatin1Char('\n'));
        if (index.column() == TitleColumn && !s.instructions.empty())
            return toQt(s.instructions);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case StartColumn: return startText(index.row());
        case TitleColumn: return toQt(s.title);
        case DurationColumn: return toQt(core::durationText(s.plannedDuration()));
        case MinimumColumn:
            return s.minimumDuration() < s.plannedDuration() ? toQt(core::durationText(s.minimumDuration()))
                                                             : tr("fixed");
        case SpaceColumn: return spaceText(s);
        case LeadColumn: return toQt(s.leadHost);
        case TechnicalColumn: return toQt(s.technicalHost);
        case ProblemsColumn:
            if (problems.empty())
                return QString();
            // Said in words, not by colour alone.
            return problems.size() == 1 ? (hasError ? tr("1 error") : tr("1 warning"))
                                        : tr("%1 problems").arg(problems.size());
        default: return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == StartColumn || index.column() == DurationColumn || index.column() == MinimumColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

QVariant CallStepsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartColumn: return tr("Start");
    case TitleColumn: return tr("Step");
    case DurationColumn: return tr("Length");
    case MinimumColumn: return tr("Shortest");
    case SpaceColumn: return tr("Space");
    case LeadColumn: return tr("Leads");
    case TechnicalColumn: return tr("Technical host");
    case ProblemsColumn: return tr("Check");
    default: return {};
    }
}

Qt::ItemFlags CallStepsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList CallStepsModel::mimeTypes() const
{
    return {kStepsMimeType, kPracticeMimeType};
}

QMimeData *CallStepsModel::mimeData(const QModelIndexList &indexes) const
{
    std::set<int> rows;
    for (const auto &index : indexes)
        rows.insert(index.row());
    if (rows.size() != 1)
        return nullptr;
    auto *mime = new QMimeData;
    // Which call the row belongs to, so a drop into another call is refused.
    mime->setData(kStepsMimeType,
                  QStringLiteral("%1 %2 %3").arg(m_cohort).arg(callNumber()).arg(*rows.begin()).toUtf8());
    return mime;
}

bool CallStepsModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &) const
{
    return hasCall() && data && (data->hasFormat(kStepsMimeType) || data->hasFormat(kPracticeMimeType));
}

bool CallStepsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                  const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // Dropped on a step: before it; between steps: there; elsewhere: at the end.
    const int at = row >= 0 ? row : (parent.isValid() ? parent.row() : rowCount());
    if (data->hasFormat(kPracticeMimeType)) {
        bool any = false;
        int next = at;
        const auto ids = QString::fromUtf8(data->data(kPracticeMimeType)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &id : ids) {
            if (insertPractice(next, id)) {
                any = true;
                ++next;
            }
        }
        return any;
    }
    const auto parts = QString::fromUtf8(data->data(kStepsMimeType)).split(QLatin1Char(' '));
    if (parts.size() != 3 || parts[0].toLongLong() != m_cohort || parts[1].toInt() != callNumber())
        return false;
    const int from = parts[2].toInt();
    // The view must not remove the dragged row itself: the move is the command's.
    moveStep(from, at > from ? at - 1 : at);
    return false;
}

Qt::DropActions CallStepsModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions CallStepsModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

std::vector<core::Step> CallStepsModel::withFreshIds(std::vector<core::Step> steps) const
{
    std::set<std::string> taken;
    for (const auto &s : call().steps)
        taken.insert(s.id);
    for (auto &s : steps) {
        const std::string base = s.id.empty() ? std::string("step") : s.id.substr(0, core::kMaxIdLength - 4);
        std::string id = base;
        for (int n = 2; taken.count(id) != 0; ++n)
            id = base + "-" + std::to_string(n);
        s.id = id;
        taken.insert(id);
    }
    return steps;
}

bool CallStepsModel::insertSteps(int row, std::vector<core::Step> steps, const QString &text)
{
    if (!hasCall() || steps.empty())
        return false;
    row = std::clamp(row, 0, rowCount());
    return push(new InsertStep(this, callRef(), row, withFreshIds(std::move(steps)), text));
}

bool CallStepsModel::insertPractice(int row, const QString &libraryId)
{
    const auto loaded = core::BuiltinLibrary::load(toStd(libraryId));
    const auto *practice = loaded.ok() ? std::get_if<core::Step>(&loaded.document->content) : nullptr;
    if (!practice) {
        Q_EMIT refused(tr("There is no practice '%1' in the library.").arg(libraryId));
        return false;
    }
    return insertSteps(row, {*practice}, tr("Insert %1").arg(toQt(practice->title)));
}

bool CallStepsModel::removeStep(int row)
{
    if (!validRow(row))
        return false;
    return push(new RemoveStep(this, callRef(), row, step(row)));
}

bool CallStepsModel::moveStep(int from, int to)
{
    if (!validRow(from) || !validRow(to) || from == to)
        return false;
    return push(new MoveStep(this, callRef(), from, to, toQt(step(from).title)));
}

bool CallStepsModel::duplicateStep(int row)
{
    if (!validRow(row))
        return false;
    return push(new DuplicateStep(this, callRef(), row, withFreshIds({ step(row) }).front()));
}

bool CallStepsModel::changeStep(int row, StepField field, const QVariant &value, int phase)
{
    if (!validRow(row))
        return false;
    core::Step after = step(row);
    if (!setStepField(after, field, phase, value)) {
        Q_EMIT refused(tr("That value does not fit this field of '%1'; nothing was changed.")
                           .arg(toQt(step(row).title)));
        return false;
    }
    if (after == step(row))
        return false;
    return push(new ChangeStep(this, callRef(), row, field, phase, step(row), std::move(after)));
}

bool CallStepsModel::replaceSteps(const core::ProgramCall &from)
{
    if (!hasCall())
        return false;
    core::ProgramCall after = call();
    after.title = from.title;
    after.description = from.description;
    after.length = from.length;
    after.steps = from.steps;
    after.unknownFields = from.unknownFields;
    return push(new ReplaceSteps(this, callRef(), call(), std::move(after)));
}

QString CallStepsModel::saveCallFile(const QString &path) const
{
    if (!hasCall())
        return tr("There is no call to save.");
    core::ProgramCall copy = call();
    // The date belongs to this cohort; a co-host opening the file keeps theirs.
    copy.plannedStart.clear();
    return writeProgramFile(path, core::ProgramDocument{copy});
}

QString CallStepsModel::saveStepFile(int row, const QString &path) const
{
    if (!validRow(row))
        return tr("Choose the step to save first.");
    return writeProgramFile(path, core::ProgramDocument{step(row)});
}

bool CallStepsModel::openFile(const QString &path, int row, QStringList &messages)
{
    ProgramFile file = readProgramFile(path);
    messages = file.problems;
    if (!file.ok())
        return false;
    if (!hasCall()) {
        messages << tr("Choose a call of a cohort to open the file into.");
        return false;
    }
    const QString name = QFileInfo(path).fileName();
    if (const auto *practice = std::get_if<core::Step>(&file.document->content))
        return insertSteps(row, {*practice}, tr("Insert %1 from %2").arg(toQt(practice->title), name));
    if (const auto *other = std::get_if<core::ProgramCall>(&file.document->content))
        return replaceSteps(*other);
    messages << tr("%1 holds a whole program. Open a call or a practice here; a program is chosen when a cohort "
                   "is created.")
                    .arg(name);
    return false;
}

bool CallStepsModel::apply(
    CallRef &ref, const std::function<void(core::ProgramCall &)> &edit, Shape shape, int row, int count, int to)
{
    const RowLedger::Key key = keyOf(ref);
    if (auto refusal = m_ledger.refusal(key, ref.turn)) {
        refuseChangedElsewhere(refusal->withCall(ref.number));
        return false;
    }
    const bool shown = ref == callRef() && hasCall();
    storage::CohortCall next;
    if (shown) {
        next = m_calls[static_cast<size_t>(m_shown)];
    } else {
        auto loaded = m_programs->call(ref.cohort, ref.number);
        if (!loaded) {
            Q_EMIT storageFailed(describe(loaded.error()));
            return false;
        }
        next = std::move(loaded).value();
    }
    edit(next.call);
    if (const storage::RowVersion known = m_ledger.version(key))
        next.stamp.version = known;
    const auto saved = m_programs->saveCall(next);
    if (!saved) {
        if (saved.error().problem == storage::Problem::ChangedElsewhere) {
            refuseChangedElsewhere(saved.error());
        } else {
            Q_EMIT storageFailed(tr("Call %1 was not changed: %2").arg(ref.number).arg(describe(saved.error())));
        }
        return false;
    }
    next.stamp.version = saved.value();
    m_ledger.wrote(key, saved.value());
    ref.turn = m_ledger.turn(key);
    if (!shown) {
        // An undo after switching calls: show the call that changed, so the
        // host sees what the undo did. Another cohort's call is only saved.
        m_applied = true;
        if (ref.cohort != m_cohort)
            return true;
        for (size_t i = 0; i < m_calls.size(); ++i) {
            if (m_calls[i].number == ref.number) {
                beginResetModel();
                m_calls[i] = next;
                m_shown = static_cast<int>(i);
                recompute();
                endResetModel();
            }
        }
        Q_EMIT callChanged();
        return true;
    }

    m_applied = true;
    auto &slot = m_calls[static_cast<size_t>(m_shown)];
    switch (shape) {
    case Shape::Insert:
        beginInsertRows({}, row, row + count - 1);
        slot = std::move(next);
        recompute();
        endInsertRows();
        break;
    case Shape::Remove:
        beginRemoveRows({}, row, row + count - 1);
        slot = std::move(next);
        recompute();
        endRemoveRows();
        break;
    case Shape::Move:
        beginMoveRows({}, row, row, {}, to > row ? to + 1 : to);
        slot = std::move(next);
        recompute();
        endMoveRows();
        break;
    case Shape::Row:
        slot = std::move(next);
        recompute();
        break;
    case Shape::Reset:
        beginResetModel();
        slot = std::move(next);
        recompute();
        endResetModel();
        break;
    }
    // Start times, checks and the rows' own text may all have moved.
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT callChanged();
    if (shape == Shape::Reset)
        Q_EMIT callsChanged();
    return true;
}

bool CallStepsModel::applyInsert(CallRef &ref, int row, const std::vector<core::Step> &steps)
{
    return apply(ref, [&](core::ProgramCall &c) {
        const auto at = std::min(static_cast<size_t>(row), c.steps.size());
        c.steps.insert(c.steps.begin() + static_cast<std::ptrdiff_t>(at), steps.begin(), steps.end());
    }, Shape::Insert, row, static_cast<int>(steps.size()));
}

bool CallStepsModel::applyRemove(CallRef &ref, int row, int count)
{
    return apply(ref, [&](core::ProgramCall &c) {
        const auto first = std::min(static_cast<size_t>(row), c.steps.size());
        const auto last = std::min(first + static_cast<size_t>(count), c.steps.size());
        c.steps.erase(c.steps.begin() + static_cast<std::ptrdiff_t>(first),
                      c.steps.begin() + static_cast<std::ptrdiff_t>(last));
    }, Shape::Remove, row, count);
}

bool CallStepsModel::applyMove(CallRef &ref, int from, int to)
{
    return apply(ref, [&](core::ProgramCall &c) {
        if (from < 0 || to < 0 || static_cast<size_t>(std::max(from, to)) >= c.steps.size())
            return;
        core::Step moved = std::move(c.steps[static_cast<size_t>(from)]);
        c.steps.erase(c.steps.begin() + from);
        c.steps.insert(c.steps.begin() + to, std::move(moved));
    }, Shape::Move, from, 1, to);
}

bool CallStepsModel::applyReplace(CallRef &ref, int row, const core::Step &step)
{
    return apply(ref, [&](core::ProgramCall &c) {
        if (row >= 0 && static_cast<size_t>(row) < c.steps.size())
            c.steps[static_cast<size_t>(row)] = step;
    }, Shape::Row, row, 1);
}

bool CallStepsModel::applyCall(CallRef &ref, const core::ProgramCall &call)
{
    return apply(ref, [&](core::ProgramCall &c) {
        const std::string start = c.plannedStart;
        c = call;
        c.plannedStart = start;
    }, Shape::Reset, 0, 0);
}

} // namespace convener::models
