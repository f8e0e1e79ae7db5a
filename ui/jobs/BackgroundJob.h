// One piece of core work at a time on a worker thread (QtConcurrent + QPromise + QFutureWatcher), as Qt's
// primecounter example drives a progress bar: a new start cancels the stale run, whose result is then dropped
// by generation number, so the GUI only ever sees the latest request. The typed jobs (loading, segmenting,
// choosing k) wrap this with their request and result types.
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

#include "common/Error.h"
#include "common/Progress.h"

namespace seg::ui {

// What a worker returns: a result or the error that stopped it (a cancelled run returns nothing at all).
struct JobOutcome {
    std::shared_ptr<const void> result;
    std::optional<seg::Error> error;
};

class BackgroundJob : public QObject {
    Q_OBJECT

public:
    // Runs on the worker thread; throws seg::Error for bad input and seg::Cancelled from progress
    // checkpoints.
    using Work = std::function<std::shared_ptr<const void>(const seg::Progress& progress)>;

    explicit BackgroundJob(QObject* parent = nullptr);
    // Cancels and waits, so no worker outlives the window that started it.
    ~BackgroundJob() override;

    // Cancels a running job and starts this one; returns its generation.
    quint64 startWork(Work work);
    // Cancels the running job, if any; its result will not be delivered, and canceled() is emitted.
    void cancel();
    // Cancels and blocks until every worker has stopped (quitting).
    void cancelAndWait();
    [[nodiscard]] bool isRunning() const noexcept { return m_running; }
    [[nodiscard]] quint64 generation() const noexcept { return m_generation; }

signals:
    void progressChanged(int permille);
    // The typed subclasses turn this into their own succeeded(...) signal.
    void succeededUntyped(std::shared_ptr<const void> result);
    // message is seg::errorText(error): translated, one sentence.
    void failed(const QString& message, seg::ErrorCode code);
    void canceled();
    // Emitted after succeeded/failed/canceled for the current generation.
    void finished();

private:
    void onWorkerFinished(QFutureWatcher<JobOutcome>* watcher, quint64 generation);

    quint64 m_generation = 0;
    bool m_running = false;
    QFutureWatcher<JobOutcome>* m_current = nullptr;  // owned by this object (Qt parent)
};

}  // namespace seg::ui
