// Progress reporting and cancellation for long core jobs (Orange's state-object idea, reduced to a callback).
// A job calls report(fraction) at its checkpoints; when the callback answers false the checkpoint throws
// Cancelled.
#pragma once

#include <functional>
#include <memory>

namespace seg {

// fraction in [0, 1]; return false to ask the job to stop.
using ProgressFn = std::function<bool(double fraction)>;

class Progress {
public:
    Progress() = default;
    explicit Progress(ProgressFn fn);

    // Reports progress, throttled to 1% steps, and throws Cancelled if cancellation was asked for.
    // Cheap enough to call every few thousand rows.
    void report(double fraction) const;
    // Only checks for cancellation (calls the callback with the last fraction).
    void check() const;
    // A view that maps [0, 1] of a sub-task onto [from, to] of this one.
    [[nodiscard]] Progress sub(double from, double to) const;
    [[nodiscard]] bool active() const noexcept { return static_cast<bool>(m_state); }

private:
    struct State {
        ProgressFn fn;
        mutable double lastReported = -1.0;
    };
    std::shared_ptr<State> m_state;
    double m_from = 0.0;
    double m_to = 1.0;
};

}  // namespace seg
