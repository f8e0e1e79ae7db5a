#include "profile/Describe.h"

#include <QCoreApplication>
#include <QStringList>
#include <cmath>
#include <map>

namespace seg::profile {

// The translation context for every phrase below (lupdate reads the DescribeTr::tr() calls through it).
class DescribeTr {
    Q_DECLARE_TR_FUNCTIONS(seg::Describe)
};

namespace {

// One distinguishing feature, said two ways.
struct Phrase {
    std::size_t feature = 0;
    QString sentence;  // "high total spend (2.3× average)"
    QString name;      // "high total spend"
};

QString capitalised(QString s) {
    if (!s.isEmpty() && s.at(0).isLower()) s[0] = s.at(0).toUpper();
    return s;
}

QString percent(const QLocale& locale, double share) {
    return DescribeTr::tr("%1%").arg(locale.toString(std::lround(100.0 * share)));
}

// How far a segment's mean is from the overall one, in the plainest unit that is meaningful (see the header).
QString numericAmount(const NumericStats& segment, const NumericStats& overall, const QLocale& locale) {
    if (overall.mean > 0.0 && segment.mean >= 0.0) {
        const double ratio = segment.mean / overall.mean;
        if (ratio >= 1.5)
            return DescribeTr::tr("%1× average").arg(locale.toString(ratio, 'f', ratio >= 9.95 ? 0 : 1));
        const long change = std::lround(100.0 * std::abs(ratio - 1.0));
        if (change >= 5)
            return ratio > 1.0 ? DescribeTr::tr("+%1%").arg(locale.toString(change))
                               : DescribeTr::tr("−%1%").arg(locale.toString(change));
    }
    const QString sds = locale.toString(std::abs(segment.difference), 'f', 1);
    return segment.difference > 0.0 ? DescribeTr::tr("+%1 SD").arg(sds) : DescribeTr::tr("−%1 SD").arg(sds);
}

bool numericPhrase(const FeatureProfile& f, std::size_t s, const QLocale& locale,
                   const DescribeParams& params, Phrase& out) {
    const NumericStats& st = f.numeric.segments[s];
    if (!std::isfinite(st.difference) || std::abs(st.difference) < params.minDifference) return false;
    const QString column = humaniseColumnName(f.name);
    const QString amount = numericAmount(st, f.numeric.overall, locale);
    const bool high = st.difference > 0.0;
    out.sentence = high ? DescribeTr::tr("high %1 (%2)").arg(column, amount)
                        : DescribeTr::tr("low %1 (%2)").arg(column, amount);
    out.name = high ? DescribeTr::tr("high %1").arg(column) : DescribeTr::tr("low %1").arg(column);
    return true;
}

bool categoricalPhrase(const FeatureProfile& f, std::size_t s, const QLocale& locale,
                       const DescribeParams& params, Phrase& out) {
    const CategoricalProfile& c = f.categorical;
    const LevelCounts& lc = c.segments[s];
    if (!lc.present) return false;
    int best = -1;
    for (std::size_t j = 0; j < c.levels.size(); ++j) {
        const double share = lc.shares[j];
        if (share >= params.minLevelShare && share >= params.minLevelRatio * c.overall.shares[j] &&
            (best < 0 || share > lc.shares[static_cast<std::size_t>(best)]))
            best = static_cast<int>(j);
    }
    if (best < 0) return false;
    const auto j = static_cast<std::size_t>(best);
    const QString column = humaniseColumnName(f.name);
    const QString level = QString::fromStdString(c.levels[j]);
    const QString inSegment = percent(locale, lc.shares[j]);
    const QString overall = percent(locale, c.overall.shares[j]);
    out.sentence =
        lc.shares[j] >= 0.5
            ? DescribeTr::tr("%1 mostly %2 (%3 vs %4 overall)").arg(column, level, inSegment, overall)
            : DescribeTr::tr("%1 often %2 (%3 vs %4 overall)").arg(column, level, inSegment, overall);
    out.name =
        DescribeTr::tr("%1 %2", "a column and one of its values, in a segment's name").arg(column, level);
    return true;
}

// The segment's phrases, most distinguishing first: a few more than a description uses, for telling names
// apart.
std::vector<Phrase> phrasesFor(const SegmentProfile& profile, std::size_t s, const QLocale& locale,
                               const DescribeParams& params) {
    std::vector<Phrase> out;
    const auto wanted = static_cast<std::size_t>(std::max(params.maxPhrases, 2) + 2);
    for (const Distinction& d : profile.segments[s].ranking) {
        if (out.size() >= wanted) break;
        const FeatureProfile& f = profile.features[d.feature];
        if (params.clusteringFeaturesOnly && !f.usedForClustering) continue;
        Phrase p;
        p.feature = d.feature;
        const bool ok = f.kind == FeatureKind::Numeric ? numericPhrase(f, s, locale, params, p)
                                                       : categoricalPhrase(f, s, locale, params, p);
        if (ok) out.push_back(std::move(p));
    }
    return out;
}

QString joinedName(const std::vector<Phrase>& phrases, std::size_t count) {
    QStringList parts;
    for (std::size_t i = 0; i < count && i < phrases.size(); ++i)
        parts << phrases[i].name;
    return capitalised(parts.join(DescribeTr::tr(", ", "between the parts of a segment's name")));
}

}  // namespace

QString humaniseColumnName(std::string_view name) {
    const QString text = QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
    // Tokens between separators, then camelCase boundaries: "aB" and "ABc" (the last capital starts a word).
    QStringList words;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty()) words << word;
        word.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch == u'_' || ch == u'-' || ch == u'.' || ch.isSpace()) {
            flush();
            continue;
        }
        if (!word.isEmpty() && ch.isUpper()) {
            const QChar prev = word.back();
            const bool nextLower = i + 1 < text.size() && text.at(i + 1).isLower();
            if (prev.isLower() || (prev.isUpper() && nextLower)) flush();
        }
        word += ch;
    }
    flush();
    for (QString& w : words) {
        int upper = 0;
        bool digit = false;
        for (const QChar ch : w) {
            upper += ch.isUpper();
            digit = digit || ch.isDigit();
        }
        if (upper < 2 && !digit) w = w.toLower();
    }
    return words.join(u' ');
}

std::vector<SegmentDescription> describeSegments(const SegmentProfile& profile, const QLocale& locale,
                                                 const DescribeParams& params) {
    const std::size_t k = profile.segments.size();
    std::vector<SegmentDescription> out(k);
    std::vector<std::vector<Phrase>> phrases(k);
    std::vector<std::size_t> used(k, 0);  // phrases in each name
    for (std::size_t s = 0; s < k; ++s) {
        SegmentDescription& d = out[s];
        if (profile.segments[s].size == 0) {
            d.name = DescribeTr::tr("Empty segment");
            d.description = DescribeTr::tr("No customers.");
            d.typical = true;
            continue;
        }
        phrases[s] = phrasesFor(profile, s, locale, params);
        if (phrases[s].empty()) {
            d.name = DescribeTr::tr("Typical customers");
            d.description = DescribeTr::tr("Close to the average customer.");
            d.typical = true;
            continue;
        }
        QStringList sentence;
        for (std::size_t i = 0; i < phrases[s].size() && i < static_cast<std::size_t>(params.maxPhrases);
             ++i) {
            sentence << phrases[s][i].sentence;
            d.features.push_back(phrases[s][i].feature);
        }
        d.description = capitalised(DescribeTr::tr("%1.").arg(locale.createSeparatedList(sentence)));
        used[s] = std::min<std::size_t>(2, phrases[s].size());
        d.name = joinedName(phrases[s], used[s]);
        if (used[s] > 1 && d.name.size() > params.maxNameLength) {
            used[s] = 1;
            d.name = joinedName(phrases[s], 1);
        }
        if (d.name.size() > params.maxNameLength)
            d.name = d.name.left(std::max(1, params.maxNameLength - 1)) + QStringLiteral("…");
    }

    // Names two segments share: first the next phrase of each, then the segment number.
    auto duplicates = [&] {
        std::map<QString, std::vector<std::size_t>> byName;
        for (std::size_t s = 0; s < k; ++s)
            byName[out[s].name].push_back(s);
        std::vector<std::size_t> dup;
        for (const auto& [name, segments] : byName)
            if (segments.size() > 1) dup.insert(dup.end(), segments.begin(), segments.end());
        return dup;
    };
    for (std::size_t s : duplicates())
        if (used[s] < phrases[s].size()) out[s].name = joinedName(phrases[s], ++used[s]);
    for (std::size_t s : duplicates())
        out[s].name = DescribeTr::tr("%1 (segment %2)").arg(out[s].name).arg(s + 1);
    return out;
}

}  // namespace seg::profile
