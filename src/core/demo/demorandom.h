// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The demo's own PRNG and distributions. std:: engines are portable but std::
// distributions are not (libstdc++ and libc++ draw differently), and the demo store
// must be byte-identical on every build, so both live here.

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <span>

namespace mailstore::core::demo {

constexpr std::uint64_t splitmix64(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// Streams keep unrelated decisions independent: adding a draw to message bodies must
// not rename every account.
enum class RngStream : std::uint64_t { Names = 1, Content = 2, Layout = 3, Metrics = 4 };

// xoshiro256**, seeded from (seed, stream, index) so that every account has its own
// sequence and accounts can be written in any order, on any thread.
class Rng {
public:
    Rng(std::uint64_t seed, RngStream stream, std::uint64_t index)
    {
        std::uint64_t sm = seed ^ (static_cast<std::uint64_t>(stream) * 0xd1b54a32d192ed03ULL);
        sm = splitmix64(sm) ^ (index * 0x9e6c63d0676a9a99ULL);
        for (auto &word : m_s)
            word = splitmix64(sm);
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // Uniform in [0, n) without modulo bias.
    std::uint64_t below(std::uint64_t n)
    {
        if (n <= 1)
            return 0;
        const std::uint64_t threshold = (0 - n) % n;
        for (;;) {
            const std::uint64_t r = next();
            if (r >= threshold)
                return r % n;
        }
    }

    // Uniform in [lo, hi], both inclusive.
    std::int64_t between(std::int64_t lo, std::int64_t hi)
    {
        return lo + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(hi - lo) + 1));
    }

    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return unit() < p; }

    // Marsaglia's polar method: needs only log and sqrt (no trigonometry, whose last
    // bit differs more often between libms).
    double normal()
    {
        for (;;) {
            const double u = 2.0 * unit() - 1.0;
            const double v = 2.0 * unit() - 1.0;
            const double s = u * u + v * v;
            if (s > 0.0 && s < 1.0)
                return u * std::sqrt(-2.0 * std::log(s) / s);
        }
    }

    double logNormal(double median, double sigma) { return median * std::exp(sigma * normal()); }

    // Rounds up with probability equal to the fraction, so scaled counts keep their
    // expected value even when the scale makes them smaller than one.
    std::uint64_t stochasticRound(double x)
    {
        if (x <= 0.0)
            return 0;
        const double whole = std::floor(x);
        return static_cast<std::uint64_t>(whole) + (chance(x - whole) ? 1 : 0);
    }

    template <typename T> const T &pick(std::span<const T> items)
    {
        return items[static_cast<std::size_t>(below(items.size()))];
    }

    template <typename T, std::size_t N> const T &pick(const T (&items)[N])
    {
        return items[static_cast<std::size_t>(below(N))];
    }

    // Index drawn with probability proportional to weights[i].
    std::size_t weighted(std::span<const double> weights)
    {
        double total = 0.0;
        for (const double w : weights)
            total += w;
        double r = unit() * total;
        for (std::size_t i = 0; i < weights.size(); ++i) {
            if (r < weights[i])
                return i;
            r -= weights[i];
        }
        return weights.size() - 1;
    }

private:
    static constexpr std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_s[4] = {};
};

} // namespace mailstore::core::demo
