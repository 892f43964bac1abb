#include "search/queryplan.h"

#include "search/lexicon.h"
#include "search/phrasescratch.h"
#include "search/textfold.h"
#include "search/wordneighbours.h"

#include <algorithm>
#include <numeric>
#include <span>
#include <unordered_set>

namespace whoowns::search {

namespace {

// Whether a query word is the k-th word of a thesaurus phrase in one of its forms: the same
// stem, and no derivation ("installation" is not the "instalments" of a phrase).
bool isFormOf(const QueryWord &w, const Lexicon::Phrase &p, size_t k)
{
    return w.stem == p.stem(k) && inflectionsOfOneWord(w.folded, p.word(k));
}

// The query words at the given positions (in order) as typed, lower-cased, for explanations:
// the stop words between two of them are shown ("track the order"), other words are left out
// ("walked out … without paying"), so that the explanation names only what matched.
QString typedWords(const std::vector<QueryWord> &words, const std::vector<size_t> &positions)
{
    QString typed;
    for (size_t i = 0; i < positions.size(); ++i) {
        if (i > 0) {
            const auto from = words.begin() + static_cast<std::ptrdiff_t>(positions[i - 1] + 1);
            const auto to = words.begin() + static_cast<std::ptrdiff_t>(positions[i]);
            if (std::all_of(from, to, [](const QueryWord &w) { return w.stop; })) {
                for (auto w = from; w != to; ++w)
                    typed += QLatin1Char(' ') + w->text.toLower();
                typed += QLatin1Char(' ');
            } else {
                typed += QStringLiteral(" \u2026 ");
            }
        }
        typed += words[positions[i]].text.toLower();
    }
    return typed;
}

// The query words [from, to) as typed, lower-cased ("money back").
QString typedWords(const std::vector<QueryWord> &words, size_t from, size_t to)
{
    std::vector<size_t> positions(to - from);
    std::iota(positions.begin(), positions.end(), from);
    return typedWords(words, positions);
}

float phraseFieldWeight(Field f)
{
    return ranking::fieldWeight(f == Field::KeywordPart ? Field::Keywords : f);
}

// One alternative phrase for the concepts it covers, at the given quality: its one word's
// forms as term matchers, or the entities holding all of its words as document hits. Returns
// whether some entity holds all of the alternative's words, or may: when every one of them is
// too common to look up, the directory uses them all a lot.
bool addAlternative(const SearchIndex &x, QueryPlan &plan, const Lexicon::Phrase &p,
                    const std::vector<size_t> &covered, const QString &typed, float quality)
{
    const Lexicon &lex = *x.lexicon;
    // A misspelt word read as a word of the language data brings its group in as a typo
    // brings in a directory word: at kTypo1 of the quality.
    if (std::any_of(covered.begin(), covered.end(), [&](size_t ci) {
            return plan.words[static_cast<size_t>(plan.concepts[ci].word)].corrected;
        }))
        quality *= ranking::kTypo1;
    thread_local PhraseScratch phrase;
    std::vector<size_t> required; // indexes of the phrase's words
    for (size_t k = 0; k < p.size(); ++k)
        if (!p.stop(k))
            required.push_back(k);
    if (required.empty())
        return false;
    // "not there" is not "not": a phrase left with one word once its stop
    // words are gone must be found whole.
    const bool withStopWords = required.size() == 1 && p.size() > 1;
    if (withStopWords) {
        required.resize(p.size());
        std::iota(required.begin(), required.end(), size_t{0});
    }
    const QString note = typed + QLatin1Char('~') + p.text();
    for (size_t ci : covered)
        for (size_t k : required)
            plan.concepts[ci].synonyms.insert(p.stem(k));
    // A directory word the phrase's k-th word stands for: a form of that word, never a
    // stop word unless the phrase needs its stop words (Snowball stems "aed" to "a").
    const auto standsFor = [&](size_t k, std::uint32_t t) {
        const std::string &text = x.terms.text(t);
        return inflectionsOfOneWord(p.word(k), text) && (withStopWords || !lex.isStopword(text));
    };
    if (required.size() == 1) {
        const std::uint32_t group = x.terms.findStem(p.stem(required.front()));
        if (group == kNoTerm)
            return false;
        bool held = false;
        for (size_t ci : covered) {
            for (std::uint32_t t : x.terms.stemGroup(group)) {
                if (!standsFor(required.front(), t))
                    continue;
                held = true;
                bool better = true;
                for (std::uint32_t mi : plan.termMatchers[ci]) {
                    Matcher &m = plan.matchers[mi];
                    if (m.term == t) {
                        better = m.quality < quality;
                        if (better) {
                            m.quality = quality;
                            m.kind = MatchKind::Synonym;
                            m.note = note;
                        }
                        better = false;
                        break;
                    }
                }
                if (better)
                    plan.termMatchers[ci].push_back(
                        plan.addMatcher({t, quality, MatchKind::Synonym, note}));
            }
        }
        return held;
    }
    // A phrase of several words: the entity must contain all of them;
    // it counts as found in its weakest field.
    // Rarest word first, so the candidate set starts small.
    struct PhraseWord
    {
        size_t df;
        std::uint32_t group;
        size_t k;
        bool operator<(const PhraseWord &o) const { return df < o.df; }
    };
    std::vector<PhraseWord> order;
    bool possible = true;
    for (size_t k : required) {
        const std::uint32_t group = x.terms.findStem(p.stem(k));
        if (group == kNoTerm) {
            possible = false;
            break;
        }
        size_t df = 0;
        for (std::uint32_t t : x.terms.stemGroup(group))
            if (standsFor(k, t))
                df += x.terms.postings(t).size();
        if (df == 0) {
            possible = false; // only derivations of the word, or stop words
            break;
        }
        order.push_back({df, group, k});
    }
    if (!possible)
        return false;
    std::sort(order.begin(), order.end());
    if (order.front().df > ranking::kPrefixPostingBudget)
        return true; // every word too common to tell anything
    // Dense, generation-stamped scratch: no hashing per posting.
    phrase.begin(x.docs.size());
    for (size_t k = 0; k < order.size(); ++k) {
        // Past the rarest word only the documents holding every word so far count: few
        // of them are looked up in a common word's postings (which are in document
        // order) rather than scanning all of them ("senior" of "someone senior").
        const size_t candidates = k == 0 ? 0 : phrase.holding(k);
        if (k > 0 && candidates == 0)
            break;
        const bool lookUp = k > 0 && candidates * kLookUpCost < order[k].df;
        for (std::uint32_t t : x.terms.stemGroup(order[k].group)) {
            if (!standsFor(order[k].k, t))
                continue;
            if (lookUp)
                phrase.lookUp(x.terms.postings(t), k, phraseFieldWeight);
            else
                phrase.scan(x.terms.postings(t), k, phraseFieldWeight);
        }
        phrase.endWord(k);
    }
    const std::uint32_t m = plan.addMatcher({kNoTerm, quality, MatchKind::Synonym, note});
    bool held = false;
    for (size_t slot = 0; slot < phrase.touched.size(); ++slot) {
        const std::uint32_t doc = phrase.touched[slot];
        if (phrase.count[slot] != order.size())
            continue; // has only some of the words: not this phrase, but others may
        held = true;
        for (size_t ci : covered)
            plan.docHits[ci].push_back({doc, phrase.value[slot] * quality, Field::Keywords, m});
    }
    return held;
}

// Groups already brought in, by (group, first query word): a phrase typed whole is not
// brought in again by a gapped reading of it.
using BroughtIn = std::unordered_set<std::uint64_t>;
std::uint64_t groupAt(int group, size_t word)
{
    return (std::uint64_t(std::uint32_t(group)) << 32) | std::uint64_t(word);
}

// Synonyms: any run of query words that is a phrase of the thesaurus or of the admins'
// groups, and not across a comma or full stop, brings the group's other phrases in as
// alternatives for the words it covers.
// The words must be forms of the phrase's words, not derivations sharing their stems
// ("installation" is not one of the "instalments").
void addTypedPhrases(const SearchIndex &x, QueryPlan &plan, BroughtIn &broughtIn)
{
    const Lexicon &lex = *x.lexicon;
    const std::vector<int> &conceptOfWord = plan.conceptOfWord;
    const int maxSpan = lex.maxPhraseWords();
    // The concepts said as words of a phrase of several of them ("money back"), and those of
    // such a phrase some entity holds all the words of ("human resources").
    std::vector<bool> inPhrase(plan.concepts.size()), held(plan.concepts.size());
    for (size_t a = 0; a < plan.words.size(); ++a) {
        std::string key;
        for (size_t len = 1; len <= static_cast<size_t>(maxSpan) && a + len <= plan.words.size();
             ++len) {
            const QueryWord &wl = plan.words[a + len - 1];
            if (len > 1 && wl.afterClauseBreak)
                break;
            if (len > 1)
                key.push_back(' ');
            key += wl.stem;
            std::vector<size_t> covered;
            for (size_t k = a; k < a + len; ++k)
                if (conceptOfWord[k] >= 0)
                    covered.push_back(static_cast<size_t>(conceptOfWord[k]));
            if (covered.empty())
                continue;
            const auto groups = lex.groupsOf(key);
            if (groups.empty())
                continue;
            const QString typed = typedWords(plan.words, a, a + len);
            for (const Lexicon::PhraseKey &pk : groups) {
                const int g = pk.group;
                const auto &phrases = lex.group(g);
                // The phrase with the stems typed (its key), and typed in its words' forms.
                const auto sameStems = [&](const Lexicon::Phrase &p) {
                    if (p.size() != len)
                        return false;
                    for (size_t k = 0; k < len; ++k)
                        if (p.stem(k) != plan.words[a + k].stem)
                            return false;
                    return true;
                };
                const bool said = std::any_of(phrases.begin(), phrases.end(), [&](const auto &p) {
                    if (!sameStems(p))
                        return false;
                    for (size_t k = 0; k < len; ++k)
                        if (!p.stop(k) && !isFormOf(plan.words[a + k], p, k))
                            return false;
                    return true;
                });
                if (!said)
                    continue;
                broughtIn.insert(groupAt(g, a));
                const bool severalWords = covered.size() > 1;
                if (severalWords)
                    for (size_t ci : covered)
                        inPhrase[ci] = true;
                // The group's own member that was typed is what was typed, not a synonym:
                // a keyword phrase typed whole counts as exact.
                for (const Lexicon::Phrase &p : phrases) {
                    const bool asTyped = len > 1 && sameStems(p);
                    const bool holds = addAlternative(
                        x, plan, p, covered, typed, asTyped ? ranking::kExact : ranking::kSynonym);
                    if (severalWords && asTyped && holds)
                        for (size_t ci : covered)
                            held[ci] = true;
                }
            }
        }
    }
    for (size_t ci = 0; ci < plan.concepts.size(); ++ci)
        plan.concepts[ci].inCallersPhrase = inPhrase[ci] && !held[ci];
}

// A thesaurus phrase said with other words inside it ("walked out with a saw without
// paying" holds "walked out without paying"): its words besides stop words, in order and
// each a form of the phrase's word, within the phrase's length plus kPhraseGapWords and not
// across a comma or full stop, bring its group in at kSynonym x kGappedPhrase, unless the
// phrase was found whole above.
void addGappedPhrases(const SearchIndex &x, QueryPlan &plan, BroughtIn &broughtIn)
{
    const Lexicon &lex = *x.lexicon;
    const std::vector<int> &conceptOfWord = plan.conceptOfWord;
    for (size_t a = 0; a < plan.words.size(); ++a) {
        const QueryWord &wa = plan.words[a];
        if (wa.stop || conceptOfWord[a] < 0)
            continue;
        const auto *starts = lex.phrasesStartingWith(wa.stem);
        if (!starts)
            continue;
        for (const Lexicon::PhraseStart &ps : *starts) {
            const Lexicon::Phrase &p = lex.group(ps.group)[static_cast<size_t>(ps.phrase)];
            const auto first = static_cast<size_t>(ps.first);
            if (!isFormOf(wa, p, first))
                continue;
            const size_t window = p.size() - first + ranking::kPhraseGapWords;
            std::vector<size_t> covered = {static_cast<size_t>(conceptOfWord[a])};
            std::vector<size_t> said = {a}; // the query words that matched
            size_t at = a;
            bool found = true;
            for (size_t k = first + 1; k < p.size() && found; ++k) {
                if (p.stop(k))
                    continue;
                found = false;
                for (size_t b = at + 1; b < plan.words.size() && b - a < window; ++b) {
                    const QueryWord &wb = plan.words[b];
                    if (wb.afterClauseBreak)
                        break;
                    if (!wb.stop && conceptOfWord[b] >= 0 && isFormOf(wb, p, k)) {
                        covered.push_back(static_cast<size_t>(conceptOfWord[b]));
                        said.push_back(b);
                        at = b;
                        found = true;
                        break;
                    }
                }
            }
            if (!found || !broughtIn.insert(groupAt(ps.group, a)).second)
                continue;
            const QString typed = typedWords(plan.words, said);
            for (const Lexicon::Phrase &q : lex.group(ps.group))
                addAlternative(x, plan, q, covered, typed,
                               ranking::kSynonym * ranking::kGappedPhrase);
        }
    }
}

// A word the directory does not know and no synonym explained: the ideas of the phrases it
// is part of ("moved" -> "moved house" -> "change of address"), weaker than synonyms.
void addRelatedPhrases(const SearchIndex &x, QueryPlan &plan)
{
    const Lexicon &lex = *x.lexicon;
    const size_t nc = plan.concepts.size();
    for (size_t ci = 0; ci < nc; ++ci) {
        Concept &c = plan.concepts[ci];
        const QueryWord &w = plan.words[static_cast<size_t>(c.word)]; // as corrected
        if (c.numeric || !c.synonyms.empty() || x.terms.find(w.folded) != kNoTerm ||
            x.terms.findStem(w.stem) != kNoTerm)
            continue;
        const std::vector<int> *groups = lex.groupsWithWord(w.stem);
        if (!groups || groups->size() > static_cast<size_t>(ranking::kRelatedMaxGroups))
            continue; // unknown, or part of too many ideas to mean one
        const QString typed = w.text.toLower();
        const std::vector<size_t> covered = {ci};
        for (int g : *groups) {
            // Only the groups whose phrases hold a form of the word, not a derivation
            // sharing its stem.
            const auto &phrases = lex.group(g);
            const bool holdsForm =
                std::any_of(phrases.begin(), phrases.end(), [&](const Lexicon::Phrase &p) {
                    for (size_t k = 0; k < p.size(); ++k)
                        if (isFormOf(w, p, k))
                            return true;
                    return false;
                });
            if (!holdsForm)
                continue;
            for (const Lexicon::Phrase &p : phrases)
                addAlternative(x, plan, p, covered, typed, ranking::kRelated);
        }
    }
}

// A word neither the directory nor the language data knows, one or two edits from a word of
// the synonym groups (as many edits as a typo of the directory's words may have), is read as
// that word for the synonym steps: "it's frevzing in the meeting room" is about the heating.
// The likeliest word wins: the fewest edits, then the one the groups use most. Not a word
// still being typed (it may become one), and outside a sentence not a word the directory
// already corrects ("guest compkaint" is its "complaints", not the idea of complaining).
void readMisspeltWords(const SearchIndex &x, QueryPlan &plan)
{
    const Lexicon &lex = *x.lexicon;
    const SpellingWords words = lex.spellingWords();
    if (!words)
        return;
    for (size_t ci = 0; ci < plan.concepts.size(); ++ci) {
        const Concept &c = plan.concepts[ci];
        if (c.numeric || c.optional || c.known || c.maxEdits <= 0)
            continue;
        if (plan.isLastWord(c) &&
            (words.hasWordStartingWith(c.folded) || x.terms.hasPrefix(c.folded)))
            continue;
        const auto &matchers = plan.termMatchers[ci];
        if (!plan.sentence && std::any_of(matchers.begin(), matchers.end(), [&](std::uint32_t m) {
                return plan.matchers[m].kind == MatchKind::Typo;
            }))
            continue;
        std::string best;
        int bestEdits = c.maxEdits + 1;
        std::uint32_t bestUses = 0;
        words.forEachWithin(c.folded, c.maxEdits, [&](const std::string &word, int edits) {
            if (lex.isStopword(word))
                return;
            const std::uint32_t uses = words.uses(word);
            // Equal edits and uses: the first word in alphabetical order, whichever layer of
            // the index holds it.
            if (edits < bestEdits || (edits == bestEdits && uses > bestUses) ||
                (edits == bestEdits && uses == bestUses && word < best)) {
                best = word;
                bestEdits = edits;
                bestUses = uses;
            }
        });
        if (best.empty())
            continue;
        QueryWord &w = plan.words[static_cast<size_t>(c.word)];
        w.folded = best;
        w.stem = TextFolder::local().stem(best);
        w.corrected = true;
    }
}

} // namespace

void addSynonymMatchers(const SearchIndex &x, QueryPlan &plan)
{
    if (plan.wholeNumber)
        return;
    readMisspeltWords(x, plan);
    BroughtIn broughtIn;
    addTypedPhrases(x, plan, broughtIn);
    addGappedPhrases(x, plan, broughtIn);
    addRelatedPhrases(x, plan);
}

void weakenPhraseWordsFoundAlone(QueryPlan &plan)
{
    if (!plan.sentence)
        return;
    // The word's own matches: it, its stem, completions and typos. Its synonyms, those of
    // the phrase and those of the word alone, are what the caller meant.
    const auto weaken = [&](std::uint32_t mi) {
        const MatchKind k = plan.matchers[mi].kind;
        return k != MatchKind::Synonym && k != MatchKind::Nickname;
    };
    for (size_t ci = 0; ci < plan.concepts.size(); ++ci) {
        if (!plan.concepts[ci].inCallersPhrase)
            continue;
        for (std::uint32_t mi : plan.termMatchers[ci])
            if (weaken(mi))
                plan.matchers[mi].quality *= ranking::kPhraseWordAlone;
        for (QueryPlan::DocHit &h : plan.docHits[ci])
            if (weaken(h.matcher))
                h.value *= ranking::kPhraseWordAlone;
    }
}

} // namespace whoowns::search
