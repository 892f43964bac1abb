#include "search/queryplan.h"

#include "search/lexicon.h"
#include "search/textfold.h"

#include <algorithm>
#include <unordered_map>

namespace whoowns::search {

namespace {

// A number ("4417", "x4417", "+49 30 5557"): the extensions, line ends and phone numbers it
// is or begins (search/ranking.md, "Index").
void addNumberMatchers(const SearchIndex &x, QueryPlan &plan, size_t ci)
{
    const QueryWord &w = plan.words[static_cast<size_t>(plan.concepts[ci].word)];
    bool &extensionOnly = plan.extensionOnly;
    const QString &trimmed = plan.trimmed;
    std::string digits = w.folded;
    if (!digits.empty() && digits[0] == 'x') {
        digits.erase(0, 1);
        extensionOnly = true;
    }
    const std::uint32_t mExact = plan.addMatcher(
        {kNoTerm, ranking::kExact, MatchKind::Number, QString::fromStdString(digits)});
    const std::uint32_t mPrefix = plan.addMatcher(
        {kNoTerm, ranking::kPrefix, MatchKind::Number, QString::fromStdString(digits)});
    // The accumulation keeps the best hit per document; duplicates are harmless.
    auto hit = [&](std::uint32_t doc, float value, Field f, std::uint32_t m) {
        plan.docHits[ci].push_back({doc, value, f, m});
    };
    x.phones.forEachExtension(
        digits,
        [&](std::uint32_t doc, bool complete) {
            hit(doc,
                ranking::fieldWeight(Field::Extension) *
                    (complete ? ranking::kExact : ranking::kPrefix),
                Field::Extension, complete ? mExact : mPrefix);
        },
        ranking::kPrefixPostingBudget); // the exact number sorts first
    // "x4417" or "4417" for someone whose directory entry has a line and no extension.
    x.phones.forEachLineEnd(
        digits,
        [&](std::uint32_t doc) {
            hit(doc, ranking::fieldWeight(Field::Phone) * ranking::kExact, Field::Phone, mExact);
        },
        ranking::kPrefixPostingBudget);
    if (!extensionOnly && digits.size() >= 3) {
        const bool intl = trimmed.startsWith(QLatin1Char('+')) || digits.rfind("00", 0) == 0;
        std::string key = digits.rfind("00", 0) == 0 ? digits.substr(2) : digits;
        if (!intl && key[0] == '0')
            key.erase(0, 1);
        x.phones.forEachPhone(
            key, PhoneIndex::Dialled::Unknown,
            [&](std::uint32_t doc, bool complete) {
                hit(doc,
                    ranking::fieldWeight(Field::Phone) *
                        (complete ? ranking::kExact : ranking::kPrefix),
                    Field::Phone, complete ? mExact : mPrefix);
            },
            ranking::kPrefixPostingBudget);
    }
}

// The term matchers of one concept; a term offered twice keeps its best quality.
class ConceptMatchers
{
public:
    ConceptMatchers(QueryPlan &plan, size_t ci) : m_plan(plan), m_concept(ci) {}

    void offer(std::uint32_t term, float quality, MatchKind kind, const QString &note,
               bool titleOnly = false)
    {
        auto it = m_byTerm.find(term);
        if (it != m_byTerm.end()) {
            Matcher &m = m_plan.matchers[it->second];
            m.titleOnly = m.titleOnly && titleOnly;
            if (m.quality >= quality)
                return;
            m.quality = quality;
            m.kind = kind;
            m.note = note;
            return;
        }
        const std::uint32_t id = m_plan.addMatcher({term, quality, kind, note, titleOnly});
        m_byTerm.emplace(term, id);
        m_plan.termMatchers[m_concept].push_back(id);
    }

private:
    QueryPlan &m_plan;
    size_t m_concept;
    std::unordered_map<std::uint32_t, std::uint32_t> m_byTerm;
};

// The directory's words one or two edits from the concept's word or stem (Damerau-Levenshtein,
// as many edits as the word's length allows).
void offerTypos(const SearchIndex &x, const Concept &c, const QueryWord &w, ConceptMatchers &out)
{
    const Lexicon &lex = *x.lexicon;
    auto typo = [&](std::uint32_t t, int edits) {
        const std::string &target = x.terms.text(t);
        // A typo stands for a real word, not for "and" or a two-letter fragment.
        if (target.size() < static_cast<size_t>(ranking::kTypoMinLength1) || lex.isStopword(target))
            return;
        // Completing an unfinished word is the prefix expansion's business, within its
        // budget: "senio" is not a slip for the "senior" of 200,000 job titles.
        if (c.prefix && target.size() > c.folded.size() &&
            target.compare(0, c.folded.size(), c.folded) == 0)
            return;
        out.offer(t, edits <= 1 ? ranking::kTypo1 : ranking::kTypo2, MatchKind::Typo,
                  w.text.toLower() + QLatin1Char('~') + QString::fromStdString(x.terms.text(t)));
    };
    x.terms.forEachTypo(c.folded, c.maxEdits, typo);
    // The stem is shorter than the word: its tolerance follows its own length.
    const int stemEdits = c.stem.size() >= static_cast<size_t>(ranking::kTypoMinLength2)   ? 2
                          : c.stem.size() >= static_cast<size_t>(ranking::kTypoMinLength1) ? 1
                                                                                           : 0;
    if (c.stem != c.folded && stemEdits > 0)
        x.terms.forEachTypo(c.stem, stemEdits, typo);
}

} // namespace

void addTermMatchers(const SearchIndex &x, QueryPlan &plan)
{
    const Lexicon &lex = *x.lexicon;
    const size_t nc = plan.concepts.size();
    const bool sentence = plan.sentence;
    // Term matchers of each concept; a term keeps its best quality.
    for (size_t ci = 0; ci < nc; ++ci) {
        Concept &c = plan.concepts[ci];
        const QueryWord &w = plan.words[static_cast<size_t>(c.word)];
        ConceptMatchers matchers(plan, ci);
        if (c.numeric) {
            addNumberMatchers(x, plan, ci);
            continue;
        }
        const std::uint32_t exact = x.terms.find(c.folded);
        if (exact != kNoTerm)
            matchers.offer(exact, ranking::kExact, MatchKind::Exact, {});
        const std::uint32_t stemGroup = x.terms.findStem(c.stem);
        if (stemGroup != kNoTerm)
            for (std::uint32_t t : x.terms.stemGroup(stemGroup))
                matchers.offer(t, ranking::kStem, MatchKind::Stem, {});
        // A word of the directory or of the language data ("shop"), or in a sentence a word of
        // English ("in march"): what was meant, not a typo of another word ("stop", "match").
        // Typed alone, a word of English may still be a slip for a directory one. That the
        // language data holds the word's stem proves nothing: Snowball stems misspellings into
        // words too ("overduee" -> "overdue", "recalll" -> "recall", "reselller" -> "resell").
        c.known = exact != kNoTerm || stemGroup != kNoTerm || lex.isKnownWord(c.folded) ||
                  (sentence && lex.isEnglishWord(c.stem));
        if (c.prefix) {
            const bool last = plan.isLastWord(c);
            // In a sentence, a last word that is already a word was likely finished.
            const bool wholeWord = last && sentence && c.known;
            const float base = (last ? ranking::kPrefix : ranking::kInnerPrefix) *
                               (wholeWord ? ranking::kWholeWordPrefix : 1.0f);
            std::vector<std::uint32_t> completions;
            x.terms.forEachWithPrefix(c.folded, [&](std::uint32_t t) { completions.push_back(t); });
            // One or two letters complete to half the directory: the shortest completions
            // (the likeliest, see kPrefixShortfall) are kept up to a budget of postings.
            std::stable_sort(completions.begin(), completions.end(),
                             [&](std::uint32_t a, std::uint32_t b) {
                                 return x.terms.text(a).size() < x.terms.text(b).size();
                             });
            // Of two completions, the one closer to what was typed is likelier.
            const auto quality = [&](std::uint32_t t) {
                const auto length = static_cast<float>(x.terms.text(t).size());
                return base - ranking::kPrefixShortfall *
                                  (length - static_cast<float>(c.folded.size())) / length;
            };
            size_t budget = ranking::kPrefixPostingBudget;
            for (std::uint32_t t : completions) {
                const size_t df = x.terms.postings(t).size();
                // The last word's shortest completion, too common to take whole ("senio" of
                // the "senior" of 200,000 job titles), is still looked for in titles: scanning
                // postings is cheap, touching an entity for each is not.
                if (df > budget && last && completions.front() == t) {
                    matchers.offer(t, quality(t), MatchKind::Prefix, {}, true);
                    break;
                }
                // An initial or a stop word read as a name skips a completion too common to
                // take, so that "and" does not hide "andrew" from "a evans"; other words stop
                // there (the rest would cost time for longer and less likely words: "new" of
                // "new york" at a million people).
                if (df > budget && (last || !(c.optional || c.folded.size() == 1)))
                    break;
                if (df > budget)
                    continue;
                budget -= df;
                matchers.offer(t, quality(t), MatchKind::Prefix, {});
            }
        }
        // Only unknown words are corrected, and the directory's own rare slips: a word at most
        // kMisspeltMaxEntities entities spell so and no word of English or of the language
        // data ("Head of Web Sevices": typing the same slip must still find the "Services"
        // meant). The word as typed still matches exactly, above any correction.
        // (The word's exact term, when there is one, is in its stem group.)
        const auto misspeltInDirectory = [&] {
            if (stemGroup == kNoTerm || lex.isKnownWord(c.folded) || lex.isKnownWord(c.stem) ||
                lex.isEnglishWord(c.stem))
                return false;
            size_t docs = 0;
            for (std::uint32_t t : x.terms.stemGroup(stemGroup))
                docs += x.terms.documents(t);
            return docs <= ranking::kMisspeltMaxEntities;
        };
        if (c.maxEdits > 0 && (!c.known || misspeltInDirectory()))
            offerTypos(x, c, w, matchers);
        // In a sentence, a nickname that is also an ordinary word ("settled their bill") is
        // that word, not a William.
        c.ordinaryInSentence =
            sentence && (lex.isOrdinaryWord(c.folded) || lex.isOrdinaryWord(c.stem));
        if (const auto *names = c.ordinaryInSentence ? nullptr : lex.nameVariants(c.folded)) {
            for (const std::string &n : *names) {
                c.alternatives.insert(n);
                const std::uint32_t t = x.terms.find(n);
                if (t != kNoTerm)
                    matchers.offer(t, ranking::kNickname, MatchKind::Nickname,
                                   w.text.toLower() + QLatin1Char('~') + QString::fromStdString(n));
            }
        }
    }
}

void addLastResortTypos(const SearchIndex &x, QueryPlan &plan)
{
    const size_t nc = plan.concepts.size();
    if (plan.sentence || nc == 0)
        return;
    // Only when the query would find nothing at all: beside a word that finds something, a
    // known word is what was meant ("caller is deaf, needs a text": not "dear" or "dead").
    const bool findsNothing = std::all_of(plan.termMatchers.begin(), plan.termMatchers.end(),
                                          [](const auto &m) { return m.empty(); }) &&
                              std::all_of(plan.docHits.begin(), plan.docHits.end(),
                                          [](const auto &h) { return h.empty(); });
    if (!findsNothing)
        return;
    for (size_t ci = 0; ci < nc; ++ci) {
        const Concept &c = plan.concepts[ci];
        if (!c.known || c.numeric || c.maxEdits == 0)
            continue;
        ConceptMatchers matchers(plan, ci);
        offerTypos(x, c, plan.words[static_cast<size_t>(c.word)], matchers);
    }
}

void addEmailMatchers(const SearchIndex &x, QueryPlan &plan)
{
    const size_t nc = plan.concepts.size();
    const QString &query = plan.query;
    const QString &trimmed = plan.trimmed;
    const bool wholeNumber = plan.wholeNumber;
    // E-mail local parts typed whole ("jane.doe"): the person with that address.
    if (!wholeNumber) {
        for (const QString &chunk : trimmed.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!chunk.contains(QLatin1Char('.')) && !chunk.contains(QLatin1Char('@')) &&
                !chunk.contains(QLatin1Char('_')))
                continue;
            const std::uint64_t key = emailKey(emailLocalPart(chunk));
            auto it = std::lower_bound(x.emails.begin(), x.emails.end(), KeyedDoc{key, 0u});
            const qsizetype chunkStart = query.indexOf(chunk);
            const std::uint32_t m =
                plan.addMatcher({kNoTerm, ranking::kExact, MatchKind::Email, chunk});
            for (; it != x.emails.end() && it->key == key; ++it)
                for (size_t ci = 0; ci < nc; ++ci) {
                    const QueryWord &w = plan.words[static_cast<size_t>(plan.concepts[ci].word)];
                    if (w.start >= chunkStart && w.start < chunkStart + chunk.size())
                        plan.docHits[ci].push_back(
                            {it->doc, ranking::fieldWeight(Field::Name), Field::Email, m});
                }
        }
    }
}

} // namespace whoowns::search
