#include "csv/csvreader.h"

#include "util/boundedread.h"

#include <QIODevice>

namespace whoowns {

namespace {
constexpr qint64 kChunkBytes = 256 * 1024;

bool isLineEnd(QChar c)
{
    return c == QLatin1Char('\r') || c == QLatin1Char('\n');
}
} // namespace

CsvReader::CsvReader(QIODevice *device) : CsvReader(device, Options()) {}

CsvReader::CsvReader(QIODevice *device, const Options &options)
    : m_device(device), m_options(options),
      // Stateful: a character whose bytes straddle two chunks is decoded whole.
      m_decoder(options.encoding.constData(), QStringDecoder::Flag::Default)
{
    if (!m_decoder.isValid())
        fail(QStringLiteral("unknown text encoding %1").arg(QString::fromLatin1(options.encoding)),
             0);
}

bool CsvReader::fail(const QString &message, qint64 line)
{
    if (m_error.isEmpty()) {
        m_error = message;
        m_errorLine = line;
    }
    return false;
}

bool CsvReader::failDecoding()
{
    return fail(QStringLiteral("the file is not valid %1 text (is it in another encoding?)")
                    .arg(QString::fromLatin1(m_options.encoding)),
                m_line);
}

// The index of the first surrogate in text that has no partner, -1 when it is a low surrogate
// whose high half ended the previous chunk without one, or kNoBadSurrogate. A high surrogate
// at the very end is left for the next chunk to complete.
qsizetype CsvReader::firstUnpairedSurrogate(const QString &text, QChar previous)
{
    if (previous.isHighSurrogate() && !text.isEmpty() && !text.front().isLowSurrogate())
        return -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 == text.size())
                break;
            if (!text.at(i + 1).isLowSurrogate())
                return i;
            ++i;
        } else if (c.isLowSurrogate() && !(i == 0 && previous.isHighSurrogate())) {
            return i;
        }
    }
    return kNoBadSurrogate;
}

// Appends the next decoded chunk to the buffer; false when nothing more can be read.
bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_bufferStart += m_pos;
        m_pos = 0;
    }
    const QByteArray bytes = readBounded(m_device, kChunkBytes);
    if (bytes.isEmpty()) {
        m_eof = true;
        if ((m_decoder.hasPendingBytes() || m_lastDecoded.isHighSurrogate()) && m_invalidAt < 0) {
            // The input ends inside a character.
            m_decodeError = true;
            m_invalidAt = m_bufferStart + m_buffer.size();
        }
        return false;
    }
    QString text = m_decoder.decode(bytes);
    if (m_firstChunk && !text.isEmpty()) {
        m_firstChunk = false;
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
    }
    // UTF-16 input may hold unpaired surrogates, which the decoder passes through without an
    // error; such text cannot be stored or written back as UTF-8, so it is undecodable too.
    // A high surrogate ending a chunk may pair with the next chunk's first character.
    if (m_invalidAt < 0) {
        const qsizetype bad = firstUnpairedSurrogate(text, m_lastDecoded);
        if (bad != kNoBadSurrogate) {
            m_decodeError = true;
            m_invalidAt = m_bufferStart + m_buffer.size() + qMax<qsizetype>(bad, 0);
        }
    }
    if (!text.isEmpty())
        m_lastDecoded = text.back();
    if (m_decoder.hasError() && m_invalidAt < 0) {
        // Remember where the first undecodable character is, to report the line it is on.
        m_decodeError = true;
        const qsizetype at = text.indexOf(QChar(QChar::ReplacementCharacter));
        m_invalidAt = m_bufferStart + m_buffer.size() + (at < 0 ? text.size() : at);
    }
    m_buffer.append(text);
    return true;
}

// Consumes a line end (CR, LF or CRLF, even when CR and LF arrive in different chunks).
void CsvReader::skipLineEnd(QChar c)
{
    if (c == QLatin1Char('\r')) {
        if (m_pos >= m_buffer.size())
            fill();
        if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == QLatin1Char('\n'))
            ++m_pos;
    }
    ++m_line;
}

bool CsvReader::appendChar(QString &field, QChar c, qint64 line)
{
    if (field.size() >= m_options.maxFieldChars)
        return fail(
            QStringLiteral("a field is longer than %1 characters").arg(m_options.maxFieldChars),
            line);
    field.append(c);
    return true;
}

bool CsvReader::endField(CsvRecord &record, QString &field)
{
    if (record.fields.size() >= m_options.maxColumns)
        return fail(QStringLiteral("more than %1 columns").arg(m_options.maxColumns), record.line);
    record.fields.append(field);
    field.clear();
    return true;
}

bool CsvReader::finishRecord(CsvRecord &record, QString &field)
{
    if (!endField(record, field))
        return false;
    if (m_records >= m_options.maxRecords)
        return fail(QStringLiteral("more than %1 rows").arg(m_options.maxRecords), record.line);
    ++m_records;
    return true;
}

bool CsvReader::next(CsvRecord &record)
{
    if (hasError())
        return false;
    record.fields.clear();
    const QChar delim = m_options.delimiter;
    const QChar quote = QLatin1Char('"');
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    State state = State::FieldStart;
    QString field;
    bool recordHasContent = false;
    record.line = m_line;
    qint64 quoteStartLine = m_line;

    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            // End of input.
            if (m_invalidAt >= 0)
                return failDecoding();
            if (state == State::Quoted)
                return fail(QStringLiteral("a quoted field is never closed"), quoteStartLine);
            if (!recordHasContent)
                return false;
            return finishRecord(record, field);
        }
        if (m_invalidAt == m_bufferStart + m_pos)
            return failDecoding();
        const QChar c = m_buffer.at(m_pos++);
        switch (state) {
        case State::FieldStart:
            if (c == quote) {
                state = State::Quoted;
                quoteStartLine = m_line;
                recordHasContent = true;
            } else if (c == delim) {
                recordHasContent = true;
                if (!endField(record, field))
                    return false;
            } else if (isLineEnd(c)) {
                skipLineEnd(c);
                if (!recordHasContent) { // blank line: skip
                    record.line = m_line;
                    continue;
                }
                return finishRecord(record, field);
            } else {
                state = State::Unquoted;
                recordHasContent = true;
                if (!appendChar(field, c, record.line))
                    return false;
            }
            break;
        case State::Unquoted:
            if (c == delim) {
                if (!endField(record, field))
                    return false;
                state = State::FieldStart;
            } else if (isLineEnd(c)) {
                skipLineEnd(c);
                return finishRecord(record, field);
            } else if (c == quote && m_options.strict) {
                return fail(QStringLiteral("a quote inside an unquoted field (quote the whole "
                                           "field and double the inner quotes)"),
                            m_line);
            } else if (!appendChar(field, c, record.line)) {
                return false;
            }
            break;
        case State::Quoted:
            if (c == quote) {
                state = State::QuoteInQuoted;
                break;
            }
            if (c == QLatin1Char('\n')) {
                ++m_line;
            } else if (c == QLatin1Char('\r')) {
                // CR LF counts once (at the LF); a lone CR is a line end of its own.
                if (m_pos >= m_buffer.size())
                    fill();
                if (!(m_pos < m_buffer.size() && m_buffer.at(m_pos) == QLatin1Char('\n')))
                    ++m_line;
            }
            if (!appendChar(field, c, record.line))
                return false;
            break;
        case State::QuoteInQuoted:
            if (c == quote) {
                if (!appendChar(field, c, record.line))
                    return false;
                state = State::Quoted;
            } else if (c == delim) {
                if (!endField(record, field))
                    return false;
                state = State::FieldStart;
            } else if (isLineEnd(c)) {
                skipLineEnd(c);
                return finishRecord(record, field);
            } else if (m_options.strict) {
                return fail(QStringLiteral("text after the closing quote of a field"), m_line);
            } else {
                if (!appendChar(field, c, record.line))
                    return false;
                state = State::Unquoted;
            }
            break;
        }
    }
}

} // namespace whoowns
