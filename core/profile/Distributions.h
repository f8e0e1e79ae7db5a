// Upper-tail probabilities of the F and chi-squared distributions, for the profile's ANOVA and chi-squared
// tests: regularized incomplete beta and gamma functions by continued fractions (modified Lentz).
//
// References: W. H. Press et al., Numerical Recipes, 3rd ed., sections 6.2 (gamma: series and continued
// fraction) and 6.4 (beta: continued fraction and its symmetry switch); the prefactors x^a y^b / B(a, b) and
// x^s e^-x / Gamma(s) are computed from Stirling's series with the large terms cancelled analytically, as in
// A. R. DiDonato and A. H. Morris, "Algorithm 708", ACM TOMS 18 (1992) 360-373, so that they keep ~1e-13
// relative accuracy for degrees of freedom up to millions. Results below ~1e-308 underflow to 0.
#pragma once

namespace seg::profile {

// I_x(a, b) and its complement 1 - I_x(a, b) = I_y(b, a), with y = 1 - x given separately so that a tail
// close to x = 1 keeps its precision. a, b > 0; x, y in [0, 1]. NaN for invalid arguments.
struct BetaTails {
    double lower = 0.0;
    double upper = 0.0;
};
[[nodiscard]] BetaTails regularizedBeta(double a, double b, double x, double y) noexcept;

// P(s, x) and Q(s, x) = 1 - P(s, x), the regularized lower and upper incomplete gamma functions; s > 0, x >=
// 0.
struct GammaTails {
    double lower = 0.0;
    double upper = 0.0;
};
[[nodiscard]] GammaTails regularizedGamma(double s, double x) noexcept;

// P(F > f) for the F distribution with (d1, d2) degrees of freedom (scipy.stats.f.sf). 1 for f <= 0,
// 0 for f = +inf, NaN for NaN or non-positive degrees of freedom.
[[nodiscard]] double fSurvival(double f, double d1, double d2) noexcept;

// P(X > x) for the chi-squared distribution with df degrees of freedom (scipy.stats.chi2.sf). 1 for x <= 0,
// 0 for x = +inf, NaN for NaN or non-positive df.
[[nodiscard]] double chiSquaredSurvival(double x, double df) noexcept;

}  // namespace seg::profile
