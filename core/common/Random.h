// The core's one source of randomness: a seeded 64-bit Mersenne Twister, so every run with the same seed
// repeats exactly. Sub-streams (one per restart or thread) are derived with seedFor() so they do not overlap.
#pragma once

#include <cstdint>
#include <random>

namespace seg {

using Rng = std::mt19937_64;

// A well-mixed seed for stream `stream` of a run seeded with `seed` (SplitMix64 finaliser).
[[nodiscard]] inline std::uint64_t seedFor(std::uint64_t seed, std::uint64_t stream) noexcept {
    std::uint64_t z = seed + 0x9E3779B97F4A7C15ull * (stream + 1);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

// Uniform double in [0, 1) with 53 random bits (the standard distributions differ between library versions).
[[nodiscard]] inline double uniform01(Rng& rng) noexcept {
    return static_cast<double>(rng() >> 11) * 0x1.0p-53;
}

// Uniform integer in [0, n), n > 0 (Lemire's method without bias correction beyond 2^-64).
__extension__ using Uint128 = unsigned __int128; // GCC and Clang; __extension__ keeps -Wpedantic quiet

[[nodiscard]] inline std::uint64_t uniformIndex(Rng& rng, std::uint64_t n) noexcept {
    return static_cast<std::uint64_t>((static_cast<Uint128>(rng()) * n) >> 64);
}

}  // namespace seg
