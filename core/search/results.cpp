#include "search/results.h"

#include "search/editdistance.h"
#include "search/lexicon.h"
#include "search/textfold.h"

#include <QCollator>

#include <algorithm>
#include <cmath>

namespace whoowns::search {

namespace {

QString fieldLabel(Field f)
{
    switch (f) {
    case Field::Topic:
        return QStringLiteral("title");
    case Field::Keywords:
    case Field::KeywordPart:
        return QStringLiteral("keyword");
    case Field::Description:
        return QStringLiteral("description");
    case Field::Notes:
        return QStringLiteral("notes");
    case Field::OwnerTeam:
        return QStringLiteral("owner team");
    case Field::Name:
        return QStringLiteral("name");
    case Field::PreferredName:
        return QStringLiteral("preferred name");
    case Field::Email:
        return QStringLiteral("email");
    case Field::JobTitle:
        return QStringLiteral("job title");
    case Field::Function:
        return QStringLiteral("function");
    case Field::Team:
        return QStringLiteral("team");
    case Field::Department:
        return QStringLiteral("department");
    case Field::Location:
        return QStringLiteral("location");
    case Field::TeamName:
        return QStringLiteral("team name");
    case Field::Extension:
        return QStringLiteral("extension");
    case Field::Phone:
        return QStringLiteral("phone");
    }
    return {};
}

QString kindLabel(MatchKind k)
{
    switch (k) {
    case MatchKind::Typo:
        return QStringLiteral("typo");
    case MatchKind::Nickname:
        return QStringLiteral("nickname");
    case MatchKind::Synonym:
        return QStringLiteral("synonym");
    case MatchKind::Prefix:
        return QStringLiteral("prefix");
    default:
        return {};
    }
}

int kindOrder(EntityKind k)
{
    switch (k) {
    case EntityKind::Responsibility:
        return 0;
    case EntityKind::Team:
        return 1;
    case EntityKind::Person:
        return 2;
    }
    return 3;
}

// Titles of equal score, kind and length in the order a reader expects: "Litigation B1" before
// "Litigation B2", "Team 9" before "Team 10".
const QCollator &titleCollator()
{
    thread_local const QCollator collator = [] {
        QCollator c{QLocale(QLocale::English)};
        c.setNumericMode(true);
        c.setCaseSensitivity(Qt::CaseInsensitive);
        return c;
    }();
    return collator;
}

// The why list: per concept, the field and directory word that matched and, for an indirect
// match, how ("typo: refnud~refund", "synonym: parcel~package").
QStringList explanation(const SearchIndex &x, const QueryPlan &plan, const Record &r)
{
    const size_t nc = plan.concepts.size();
    QStringList why;
    for (size_t ci = 0; ci < nc; ++ci) {
        if (r.best[ci] <= 0 || r.matcher[ci] == kNoMatcher)
            continue;
        const Matcher &m = plan.matchers[r.matcher[ci]];
        const QString what =
            m.term != kNoTerm ? QString::fromStdString(x.terms.text(m.term)) : m.note;
        const QString entry = fieldLabel(r.field[ci]) + QStringLiteral(": ") + what;
        if (!why.contains(entry))
            why.append(entry);
        const QString kind = kindLabel(m.kind);
        if (!kind.isEmpty() && m.kind != MatchKind::Prefix) {
            const QString extra = kind + QStringLiteral(": ") + m.note;
            if (!why.contains(extra))
                why.append(extra);
        }
    }
    return why;
}

void identify(SearchResult &res, const QString &org, const QString &id, const QString &title)
{
    res.org = org;
    res.id = id;
    res.title = title;
}

// The entity's identity and the lines a result list shows.
void describe(const Directory &d, const DocRef &ref, SearchResult &res)
{
    switch (ref.kind) {
    case EntityKind::Responsibility: {
        const Responsibility &v = d.responsibilities.at(ref.row);
        identify(res, v.org, v.id, v.topic);
        const Team *t = d.team(v.org, v.ownerTeamId);
        res.subtitle = t ? t->name : QString();
        break;
    }
    case EntityKind::Person: {
        const Person &v = d.people.at(ref.row);
        identify(res, v.org, v.id, v.name);
        res.subtitle = v.title + (v.team.isEmpty() ? QString() : QStringLiteral(", ") + v.team);
        res.away = v.status == PersonStatus::OnLeave;
        break;
    }
    case EntityKind::Team: {
        const Team &v = d.teams.at(ref.row);
        identify(res, v.org, v.id, v.name);
        res.subtitle = v.department;
        break;
    }
    }
}

} // namespace

QList<SearchResult> rankResults(const Directory &d, const SearchIndex &x, const QueryPlan &plan,
                                Scratch &scratch, const Candidates &candidates, int limit)
{
    const Lexicon &lex = *x.lexicon;
    TextFolder &folder = TextFolder::local();
    const size_t nc = plan.concepts.size();
    const auto &scored = candidates.scored;
    const float totalWeight = candidates.totalWeight;
    const auto &feedbackBoost = candidates.feedbackBoost;
    const size_t pool = scored.size();
    QList<SearchResult> out;
    // Re-rank the best few: how much of the title the query covered, and what to highlight.
    auto titleOf = [&](const DocRef &ref) -> QStringView {
        switch (ref.kind) {
        case EntityKind::Responsibility:
            return d.responsibilities.at(ref.row).topic;
        case EntityKind::Team:
            return d.teams.at(ref.row).name;
        case EntityKind::Person:
            break;
        }
        return d.people.at(ref.row).name.view();
    };
    struct Ranked
    {
        std::uint32_t record;
        float score;
        QList<MatchRange> ranges;
    };
    std::vector<Ranked> ranked;
    ranked.reserve(pool);
    for (const Candidates::Scored &s : scored) {
        const Record &r = scratch.records[s.record];
        const DocRef &ref = x.docs[r.doc];
        const QStringView title = titleOf(ref);
        Ranked rk{s.record, s.score, {}};
        int words = 0, covered = 0;
        std::vector<bool> inTitle(nc, false);
        // The title is the query word for word, stop words and order included (kTypedAsWritten).
        size_t asWritten = 0;
        bool typedAsWritten = true;
        for (const TextWord &tw : splitWords(title)) {
            const QStringView word = QStringView(title).mid(tw.start, tw.length);
            const std::string f = folder.fold(word);
            if (!f.empty()) {
                typedAsWritten = typedAsWritten && asWritten < plan.words.size() &&
                                 plan.words[asWritten].folded == f;
                ++asWritten;
            }
            if (f.empty() || lex.isStopword(f))
                continue;
            ++words;
            const std::string g = folder.foldGerman(word);
            const std::string st = folder.stem(f);
            qsizetype length = 0;
            bool synonymOnly = false;
            // A short number is no concept in a longer query, yet "1" of "Warehouse Operations
            // Sydney 1" is typed when the query holds it.
            if (isDigits(f) && std::any_of(plan.words.begin(), plan.words.end(),
                                           [&](const QueryWord &w) { return w.folded == f; }))
                length = tw.length;
            for (size_t ci = 0; ci < nc && length < tw.length; ++ci) {
                const Concept &c = plan.concepts[ci];
                if (c.numeric || (c.optional && r.best[ci] <= 0))
                    continue;
                if (length == 0 && (c.synonyms.count(st) || c.synonyms.count(f)))
                    synonymOnly = true;
                const qsizetype before = length;
                if (f == c.folded || st == c.stem || (!g.empty() && g == c.folded) ||
                    c.alternatives.count(f) || c.alternatives.count(st)) {
                    length = tw.length;
                } else if (c.prefix && (f.rfind(c.folded, 0) == 0 ||
                                        (!g.empty() && g.rfind(c.folded, 0) == 0))) {
                    // Highlight what was typed, when folding kept the length.
                    const qsizetype typed = static_cast<qsizetype>(c.folded.size());
                    length = std::max(length, static_cast<qsizetype>(f.size()) == tw.length
                                                  ? std::min(typed, tw.length)
                                                  : tw.length);
                } else if (c.maxEdits > 0 && editDistance(f, c.folded, c.maxEdits) <= c.maxEdits) {
                    length = tw.length;
                }
                if (length > before)
                    inTitle[ci] = true;
                if (length == tw.length)
                    break;
            }
            // Synonyms are highlighted but do not count as typing the title.
            if (length > 0)
                ++covered;
            else if (synonymOnly)
                length = tw.length;
            if (length > 0)
                rk.ranges.append({static_cast<int>(tw.start), static_cast<int>(length)});
        }
        // The bonus needs both: the title is mostly what was typed, and what was typed is
        // mostly in the title (one generic word of a long sentence is not "the name").
        float queryShare = 0;
        for (size_t ci = 0; ci < nc; ++ci)
            if (inTitle[ci] && !plan.concepts[ci].optional)
                queryShare += plan.concepts[ci].weight;
        queryShare /= totalWeight;
        // A team is called by its name. One word of a longer one ("refun" of "Returns &
        // Refunds") is as likely the subject of one of the team's responsibilities, which names
        // the team anyway, so it earns the team no bonus; two words are the name typed.
        const bool partOfTeamName = ref.kind == EntityKind::Team && covered <= 1 && words > 1;
        if (words > 0 && !partOfTeamName)
            rk.score += ranking::kTitleCoverage * queryShare * static_cast<float>(covered) /
                        static_cast<float>(words);
        // Two words or more: one has no order to settle.
        if (typedAsWritten && asWritten == plan.words.size() && asWritten >= 2)
            rk.score += ranking::kTypedAsWritten;
        // Read once: the environment is looked up per candidate otherwise.
        static const bool debug = qEnvironmentVariableIsSet("WHOOWNS_SEARCH_DEBUG");
        if (debug)
            qInfo("%s base=%.3f covered=%d/%d", qPrintable(title.toString()), double(s.score),
                  covered, words);
        ranked.push_back(std::move(rk));
    }
    std::sort(ranked.begin(), ranked.end(), [&](const Ranked &a, const Ranked &b) {
        if (a.score != b.score)
            return a.score > b.score;
        const DocRef &da = x.docs[scratch.records[a.record].doc];
        const DocRef &db = x.docs[scratch.records[b.record].doc];
        if (kindOrder(da.kind) != kindOrder(db.kind))
            return kindOrder(da.kind) < kindOrder(db.kind);
        const QStringView ta = titleOf(da), tb = titleOf(db);
        if (ta.size() != tb.size())
            return ta.size() < tb.size();
        if (const int c = titleCollator().compare(ta, tb); c != 0)
            return c < 0;
        return scratch.records[a.record].doc < scratch.records[b.record].doc;
    });
    if (ranked.size() > static_cast<size_t>(limit))
        ranked.resize(static_cast<size_t>(limit));

    for (const Ranked &rk : ranked) {
        const Record &r = scratch.records[rk.record];
        const DocRef &ref = x.docs[r.doc];
        SearchResult res;
        res.kind = ref.kind;
        res.score = std::round(static_cast<double>(rk.score) * 1000.0) / 1000.0;
        res.titleMatches = rk.ranges;
        res.why = explanation(x, plan, r);
        if (feedbackBoost.count(r.doc))
            res.why.append(QStringLiteral("chosen before for a similar query"));
        describe(d, ref, res);
        out.append(std::move(res));
    }
    return out;
}

} // namespace whoowns::search
