#include "common/Progress.h"

#include <algorithm>

#include "common/Error.h"

namespace seg {

Progress::Progress(ProgressFn fn) {
    if (fn) m_state = std::make_shared<State>(State{std::move(fn)});
}

void Progress::report(double fraction) const {
    if (!m_state) return;
    const double mapped = m_from + (m_to - m_from) * std::clamp(fraction, 0.0, 1.0);
    if (mapped < m_state->lastReported + 0.01 && mapped < 1.0 && m_state->lastReported >= 0.0) return;
    m_state->lastReported = mapped;
    if (!m_state->fn(mapped)) throw Cancelled();
}

void Progress::check() const {
    if (!m_state) return;
    if (!m_state->fn(std::max(m_state->lastReported, m_from))) throw Cancelled();
}

Progress Progress::sub(double from, double to) const {
    Progress p = *this;
    p.m_from = m_from + (m_to - m_from) * from;
    p.m_to = m_from + (m_to - m_from) * to;
    return p;
}

}  // namespace seg
