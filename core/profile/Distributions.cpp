#include "profile/Distributions.h"

#include <math.h>  // lgamma_r (POSIX/glibc, not in <cmath>)
#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace seg::profile {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kEps = 1e-16;    // continued fractions and series stop when a step changes less
constexpr double kTiny = 1e-300;  // Lentz's guard against a zero denominator
const double kHalfLog2Pi = 0.5 * std::log(2.0 * std::numbers::pi);
constexpr double kStirlingFrom = 10.0;  // Stirling's correction series is used from here on

// ln|Gamma(x)| by the re-entrant lgamma_r: std::lgamma stores the sign in the global signgam (glibc marks it
// MT-Unsafe race:signgam), and SegmentProfile tests its features on several threads at once.
double logGamma(double x) noexcept {
    int sign = 0;
    return ::lgamma_r(x, &sign);
}

// lgamma(x) - [(x - 1/2) ln x - x + ln(2 pi)/2] for x >= 10, from the asymptotic series with Bernoulli
// numbers (Abramowitz & Stegun 6.1.40); eight terms leave an error below 1e-17 at x = 10.
double stirlingCorrection(double x) {
    const double r = 1.0 / x;
    const double r2 = r * r;
    return r * (1.0 / 12 +
                r2 * (-1.0 / 360 +
                      r2 * (1.0 / 1260 +
                            r2 * (-1.0 / 1680 +
                                  r2 * (1.0 / 1188 + r2 * (-691.0 / 360360 +
                                                           r2 * (1.0 / 156 + r2 * (-3617.0 / 122400))))))));
}

// ln x and ln y for x + y = 1, each from whichever of the two is known more precisely.
double logOf(double x, double y) {
    return x <= 0.5 ? std::log(x) : std::log1p(-y);
}

// lgamma(q) - lgamma(q + p) for q >= 10 without the cancellation of two large lgamma values.
double lgammaDifference(double q, double p) {
    return -(q - 0.5) * std::log1p(p / q) - p * std::log(q + p) + p + stirlingCorrection(q) -
           stirlingCorrection(q + p);
}

// ln(x^a y^b / B(a, b)).
double logBetaPrefactor(double a, double b, double x, double y) {
    if (std::min(a, b) >= kStirlingFrom) {
        // a ln(xs/a) + b ln(ys/b) + ln(ab/s)/2 - ln(2 pi)/2 - corr(a) - corr(b) + corr(s), with s = a + b and
        // xs/a = 1 + e/a, ys/b = 1 - e/b: the terms of size a ln a cancel before they are formed (TOMS 708's
        // brcomp).
        // Near the mean the log1p form keeps the cancellation exact; far from it, 1 + e/a would lose
        // digits, and ln x + ln(s/a) is the better of the two.
        const double s = a + b;
        const double e = x <= y ? std::fma(x, s, -a) : -std::fma(y, s, -b);
        const double termA =
            std::abs(e) < 0.5 * a ? a * std::log1p(e / a) : a * (logOf(x, y) + std::log(s / a));
        const double termB =
            std::abs(e) < 0.5 * b ? b * std::log1p(-e / b) : b * (logOf(y, x) + std::log(s / b));
        return termA + termB + 0.5 * (std::log(a) + std::log(b) - std::log(s)) - kHalfLog2Pi -
               stirlingCorrection(a) - stirlingCorrection(b) + stirlingCorrection(s);
    }
    const double p = std::min(a, b);
    const double q = std::max(a, b);
    const double logBeta = q < kStirlingFrom ? logGamma(p) + logGamma(q) - logGamma(p + q)
                                             : logGamma(p) + lgammaDifference(q, p);
    return a * logOf(x, y) + b * logOf(y, x) - logBeta;
}

int iterationLimit(double size) {
    // Both expansions need O(sqrt(size)) terms near the distribution's centre (Numerical Recipes 6.2, 6.4).
    return 1000 + static_cast<int>(50.0 * std::sqrt(size));
}

// The continued fraction for I_x(a, b) (Numerical Recipes' betacf), by the modified Lentz method.
double betaContinuedFraction(double a, double b, double x) {
    const double qab = a + b;
    const double qap = a + 1.0;
    const double qam = a - 1.0;
    double c = 1.0;
    double d = 1.0 - qab * x / qap;
    if (std::abs(d) < kTiny) d = kTiny;
    d = 1.0 / d;
    double h = d;
    const int limit = iterationLimit(std::max(a, b));
    for (int m = 1; m <= limit; ++m) {
        const double m2 = 2.0 * m;
        double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1.0 + aa * d;
        if (std::abs(d) < kTiny) d = kTiny;
        c = 1.0 + aa / c;
        if (std::abs(c) < kTiny) c = kTiny;
        d = 1.0 / d;
        h *= d * c;
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1.0 + aa * d;
        if (std::abs(d) < kTiny) d = kTiny;
        c = 1.0 + aa / c;
        if (std::abs(c) < kTiny) c = kTiny;
        d = 1.0 / d;
        const double del = d * c;
        h *= del;
        if (std::abs(del - 1.0) <= kEps) break;
    }
    return h;
}

// ln(x^s e^-x / Gamma(s)).
double logGammaPrefactor(double s, double x) {
    if (s >= kStirlingFrom)
        return s * std::log1p((x - s) / s) - (x - s) + 0.5 * std::log(s) - kHalfLog2Pi -
               stirlingCorrection(s);
    return s * std::log(x) - x - logGamma(s);
}

}  // namespace

BetaTails regularizedBeta(double a, double b, double x, double y) noexcept {
    if (!(a > 0.0) || !(b > 0.0) || !(x >= 0.0) || !(y >= 0.0) || !(x <= 1.0) || !(y <= 1.0) ||
        std::isinf(a) || std::isinf(b))
        return {kNaN, kNaN};
    if (x == 0.0) return {0.0, 1.0};
    if (y == 0.0) return {1.0, 0.0};
    const double front = std::exp(logBetaPrefactor(a, b, x, y));
    // The fraction converges fast for x below the mean (a + 1) / (a + b + 2); above it, by the symmetry
    // I_x(a, b) = 1 - I_y(b, a), it computes the upper tail directly, so a tiny tail is never 1 - (1 - p).
    if (x < (a + 1.0) / (a + b + 2.0)) {
        const double lower = std::clamp(front * betaContinuedFraction(a, b, x) / a, 0.0, 1.0);
        return {lower, 1.0 - lower};
    }
    const double upper = std::clamp(front * betaContinuedFraction(b, a, y) / b, 0.0, 1.0);
    return {1.0 - upper, upper};
}

GammaTails regularizedGamma(double s, double x) noexcept {
    if (!(s > 0.0) || !(x >= 0.0) || std::isinf(s)) return {kNaN, kNaN};
    if (x == 0.0) return {0.0, 1.0};
    if (std::isinf(x)) return {1.0, 0.0};
    const double front = std::exp(logGammaPrefactor(s, x));
    const int limit = iterationLimit(std::max(s, x));
    if (x < s + 1.0) {
        // Series for P (Numerical Recipes' gser).
        double ap = s;
        double del = 1.0 / s;
        double sum = del;
        for (int n = 0; n < limit; ++n) {
            ap += 1.0;
            del *= x / ap;
            sum += del;
            if (std::abs(del) < std::abs(sum) * kEps) break;
        }
        const double lower = std::clamp(sum * front, 0.0, 1.0);
        return {lower, 1.0 - lower};
    }
    // Continued fraction for Q (Numerical Recipes' gcf), modified Lentz.
    double b = x + 1.0 - s;
    double c = 1.0 / kTiny;
    double d = 1.0 / b;
    double h = d;
    for (int i = 1; i <= limit; ++i) {
        const double an = -i * (i - s);
        b += 2.0;
        d = an * d + b;
        if (std::abs(d) < kTiny) d = kTiny;
        c = b + an / c;
        if (std::abs(c) < kTiny) c = kTiny;
        d = 1.0 / d;
        const double del = d * c;
        h *= del;
        if (std::abs(del - 1.0) <= kEps) break;
    }
    const double upper = std::clamp(front * h, 0.0, 1.0);
    return {1.0 - upper, upper};
}

double fSurvival(double f, double d1, double d2) noexcept {
    if (std::isnan(f) || !(d1 > 0.0) || !(d2 > 0.0)) return kNaN;
    if (f <= 0.0) return 1.0;
    const double t = d1 * f;
    if (std::isinf(t)) return 0.0;
    // P(F > f) = I_x(d2/2, d1/2) with x = d2 / (d2 + d1 f); y = 1 - x is formed on its own.
    const double x = d2 / (d2 + t);
    const double y = t / (d2 + t);
    return regularizedBeta(0.5 * d2, 0.5 * d1, x, y).lower;
}

double chiSquaredSurvival(double x, double df) noexcept {
    if (std::isnan(x) || !(df > 0.0)) return kNaN;
    if (x <= 0.0) return 1.0;
    return regularizedGamma(0.5 * df, 0.5 * x).upper;
}

}  // namespace seg::profile
