// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/scheduler/scheduler.h"

#include <atomic>
#include <memory>
#include <QObject>
#include <QString>

class QUndoStack;

namespace convener::models {

class BackgroundTask;
class RoomsDocument;

// Plans the rooms of the document's call off the GUI thread. The planner's
// request is read from the database first, on this thread (which owns the
// connection); the search runs through BackgroundTask, and the plan it finds
// is pushed as one undoable ReplaceRoomPlan on the document. Showing another
// cohort stops a search under way.
class RoomPlanning final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomPlanning)

public:
    RoomPlanning(RoomsDocument &document, QUndoStack *undoStack, QObject *parent = nullptr);
    ~RoomPlanning() override;

    bool busy() const { return m_worker != nullptr; }
    // Seed and limits of the search; planning supplies the cancel flag.
    void setScheduleOptions(const core::ScheduleOptions &options);

    // Plans every round not yet recorded from scratch, or re-plans them
    // staying close to the stored plan. finished() follows.
    void plan();
    void replanRest();
    // Stops the search; finished() says the rooms are as they were.
    void cancel();

Q_SIGNALS:
    void busyChanged(bool busy);
    // Planning ended: message says how (stopped, failed, planned).
    void finished(bool planned, const QString &message);

private:
    enum class Mode { Fresh, StayClose };
    void start(Mode mode);

    RoomsDocument &m_document;
    QUndoStack *m_undoStack;
    core::ScheduleOptions m_options;
    BackgroundTask *m_worker = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace convener::models
