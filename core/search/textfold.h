#pragma once

#include <QList>
#include <QStringView>

#include <functional>
#include <string>

namespace whoowns::search {

// A word of a text: a run of letters and digits (an apostrophe between letters stays inside:
// "O'Brien" is one word). Offsets are QChar units of the text, for highlighting.
struct TextWord
{
    qsizetype start = 0;
    qsizetype length = 0;
};

QList<TextWord> splitWords(QStringView text);
// The same without building a list (indexing a million people).
void splitWords(QStringView text, const std::function<void(TextWord)> &visit);
// A straight or typographic (U+2019, as phones type it) apostrophe.
bool isApostrophe(QChar c);

// Folding and stemming of single words into index terms (UTF-8, normally plain ASCII).
// ICU does the folding (case, accents, other scripts to Latin), Snowball the stemming. The ICU
// transliterators and the Snowball stemmer are not thread-safe, so each thread has its own:
// use TextFolder::local().
class TextFolder
{
public:
    TextFolder();
    ~TextFolder();
    TextFolder(const TextFolder &) = delete;
    TextFolder &operator=(const TextFolder &) = delete;

    static TextFolder &local();

    // "José" -> "jose", "Łukasz" -> "lukasz", "Müller" -> "muller", "Straße" -> "strasse".
    std::string fold(QStringView word);
    // The German spelling without umlauts ("Müller" -> "mueller"), or "" when it is the same
    // as fold(word). Both are indexed so that either way of typing finds the name.
    std::string foldGerman(QStringView word);
    // Snowball English stem of a folded word ("refunds" -> "refund", "shipping" -> "ship").
    // Words with digits are returned unchanged.
    std::string stem(const std::string &folded);

private:
    struct Impl;
    Impl *d;
};

// Folds every word of a text, for comparisons in tests and tools.
std::string foldText(QStringView text);

} // namespace whoowns::search
