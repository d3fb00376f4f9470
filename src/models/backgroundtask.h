// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <optional>
#include <QObject>
#include <QThread>
#include <type_traits>
#include <utility>

namespace convener::models {

// The one way models run work off the GUI thread: a function runs on a thread
// of its own and its result is handed to a callback on the owner's thread.
// Nothing here interrupts the function (it may watch a cancel flag of its
// own); abandon() makes sure the callback never runs, and destroying the task
// waits for the function, so no thread outlives the object that started it.
// The function must not touch the owner: give it copies or shared data.
class BackgroundTask final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundTask)

public:
    // Starts work() now; done(result) runs on the owner's thread when it is
    // finished, unless the task was abandoned. The owner owns the task, which
    // deletes itself once it has called back.
    template<typename Work, typename Done> static BackgroundTask *start(QObject *owner, Work work, Done done)
    {
        using R = std::invoke_result_t<Work &>;
        auto result = std::make_shared<std::optional<R>>();
        auto *task = new BackgroundTask(owner);
        task->m_thread.reset(QThread::create([work = std::move(work), result]() mutable { result->emplace(work()); }));
        connect(task->m_thread.get(), &QThread::finished, task, [task, result, done = std::move(done)]() mutable {
            const bool wanted = !task->m_abandoned;
            task->deleteLater();
            if (wanted && result->has_value())
                done(std::move(**result));
        });
        task->m_thread->start();
        return task;
    }

    ~BackgroundTask() override
    {
        if (m_thread)
            m_thread->wait();
    }

    // The result is no longer wanted; the function still runs to its end.
    void abandon() { m_abandoned = true; }

private:
    explicit BackgroundTask(QObject *owner)
        : QObject(owner)
    {
    }

    std::unique_ptr<QThread> m_thread;
    bool m_abandoned = false;
};

} // namespace convener::models
