#include "jobs/BackgroundJob.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>
#include <new>

#include "common/ErrorText.h"

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#else
#include <QThread>
#endif

namespace seg::ui {

namespace {

// Background work yields the processor to the GUI thread: on two cores a run's worker threads would otherwise
// take the GUI's turns and the window would stutter. On Linux the nice value is per thread and the threads
// the core starts inherit it. It is not put back afterwards (an unprivileged thread cannot lower its nice
// value again), which suits a pool thread that only ever runs background work.
void yieldToGui() {
#ifdef __linux__
    const auto tid = static_cast<id_t>(syscall(SYS_gettid));
    if (getpriority(PRIO_PROCESS, tid) < 10) setpriority(PRIO_PROCESS, tid, 10);
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

}  // namespace

BackgroundJob::BackgroundJob(QObject* parent) : QObject(parent) {}

BackgroundJob::~BackgroundJob() {
    cancelAndWait();
}

quint64 BackgroundJob::startWork(Work work) {
    if (m_current) m_current->future().cancel();  // superseded: its result is dropped below by generation
    const quint64 generation = ++m_generation;
    m_running = true;

    auto* watcher = new QFutureWatcher<JobOutcome>(this);
    m_current = watcher;
    connect(watcher, &QFutureWatcher<JobOutcome>::progressValueChanged, this, [this, generation](int value) {
        if (generation == m_generation) emit progressChanged(value);
    });
    connect(watcher, &QFutureWatcher<JobOutcome>::finished, this,
            [this, watcher, generation] { onWorkerFinished(watcher, generation); });

    watcher->setFuture(QtConcurrent::run([work = std::move(work)](QPromise<JobOutcome>& promise) {
        yieldToGui();
        promise.setProgressRange(0, 1000);
        const seg::Progress progress([&promise](double fraction) {
            promise.setProgressValue(static_cast<int>(fraction * 1000.0));
            return !promise.isCanceled();
        });
        JobOutcome outcome;
        try {
            outcome.result = work(progress);
        } catch (const seg::Cancelled&) {
            return;  // nothing to deliver: the watcher sees a cancelled future
        } catch (const seg::Error& error) {
            outcome.error = error;
        } catch (const std::bad_alloc&) {
            outcome.error = seg::Error(seg::ErrorCode::Internal, {.detail = "not enough memory"});
        } catch (const std::exception& e) {
            outcome.error = seg::Error(seg::ErrorCode::Internal, {.detail = e.what()});
        }
        if (!promise.isCanceled()) promise.addResult(std::move(outcome));
    }));
    return generation;
}

void BackgroundJob::cancel() {
    if (!m_running) return;
    if (m_current) m_current->future().cancel();
    m_current = nullptr;
    m_running = false;
    ++m_generation;
    emit canceled();
    emit finished();
}

void BackgroundJob::cancelAndWait() {
    const auto watchers = findChildren<QFutureWatcher<JobOutcome>*>(Qt::FindDirectChildrenOnly);
    for (auto* watcher : watchers)
        watcher->future().cancel();
    for (auto* watcher : watchers)
        watcher->future().waitForFinished();
    if (m_running) {
        m_running = false;
        m_current = nullptr;
        ++m_generation;
    }
}

void BackgroundJob::onWorkerFinished(QFutureWatcher<JobOutcome>* watcher, quint64 generation) {
    watcher->deleteLater();
    if (generation != m_generation) return;  // superseded or cancelled: nobody wants this result
    m_current = nullptr;
    m_running = false;
    const QFuture<JobOutcome> future = watcher->future();
    if (future.isCanceled() || future.resultCount() == 0) {
        emit canceled();
    } else {
        const JobOutcome outcome = future.result();
        if (outcome.error)
            emit failed(seg::errorText(*outcome.error), outcome.error->code());
        else
            emit succeededUntyped(outcome.result);
    }
    emit finished();
}

}  // namespace seg::ui
