#include "csv/csvreader.h"

#include <QIODevice>

namespace whoowns {

namespace {
constexpr qint64 kChunkBytes = 256 * 1024;
}

CsvReader::CsvReader(QIODevice *device) : CsvReader(device, Options()) {}

CsvReader::CsvReader(QIODevice *device, const Options &options)
    : m_device(device), m_options(options),
      m_decoder(options.encoding.constData(), QStringDecoder::Flag::Stateless)
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

// Appends the next decoded chunk to the buffer; false when nothing more can be read.
bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const QByteArray bytes = m_device->read(kChunkBytes);
    if (bytes.isEmpty()) {
        m_eof = true;
        return false;
    }
    QString text = m_decoder.decode(bytes);
    if (m_decoder.hasError())
        m_decodeError = true;
    if (m_firstChunk) {
        m_firstChunk = false;
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
    }
    m_buffer.append(text);
    return true;
}

bool CsvReader::next(CsvRecord &record)
{
    if (hasError())
        return false;
    record.fields.clear();
    const QChar delim = m_options.delimiter;
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    State state = State::FieldStart;
    QString field;
    bool recordHasContent = false;
    record.line = m_line;
    qint64 quoteStartLine = m_line;

    auto endField = [&]() -> bool {
        if (record.fields.size() >= m_options.maxColumns)
            return fail(QStringLiteral("more than %1 columns").arg(m_options.maxColumns),
                        record.line);
        record.fields.append(field);
        field.clear();
        return true;
    };

    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            // End of input.
            if (m_decodeError)
                return fail(QStringLiteral("the file is not valid %1 text")
                                .arg(QString::fromLatin1(m_options.encoding)),
                            m_line);
            if (state == State::Quoted)
                return fail(QStringLiteral("a quoted field is never closed"), quoteStartLine);
            if (!recordHasContent)
                return false;
            if (!endField())
                return false;
            ++m_records;
            return true;
        }
        const QChar c = m_buffer.at(m_pos++);
        if (field.size() > m_options.maxFieldChars)
            return fail(
                QStringLiteral("a field is longer than %1 KiB").arg(m_options.maxFieldChars / 1024),
                record.line);
        switch (state) {
        case State::FieldStart:
            if (c == QLatin1Char('"')) {
                state = State::Quoted;
                quoteStartLine = m_line;
                recordHasContent = true;
            } else if (c == delim) {
                recordHasContent = true;
                if (!endField())
                    return false;
            } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                if (c == QLatin1Char('\r')) {
                    if (m_pos >= m_buffer.size())
                        fill();
                    if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == QLatin1Char('\n'))
                        ++m_pos;
                }
                ++m_line;
                if (!recordHasContent) { // blank line: skip
                    record.line = m_line;
                    continue;
                }
                if (!endField())
                    return false;
                ++m_records;
                if (m_records > m_options.maxRecords)
                    return fail(QStringLiteral("more than %1 rows").arg(m_options.maxRecords),
                                record.line);
                return true;
            } else {
                field.append(c);
                state = State::Unquoted;
                recordHasContent = true;
            }
            break;
        case State::Unquoted:
            if (c == delim) {
                if (!endField())
                    return false;
                state = State::FieldStart;
            } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                --m_pos; // let FieldStart handle the line end
                if (!endField())
                    return false;
                // A line end right after a field: finish the record here.
                const QChar e = m_buffer.at(m_pos++);
                if (e == QLatin1Char('\r')) {
                    if (m_pos >= m_buffer.size())
                        fill();
                    if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == QLatin1Char('\n'))
                        ++m_pos;
                }
                ++m_line;
                ++m_records;
                if (m_records > m_options.maxRecords)
                    return fail(QStringLiteral("more than %1 rows").arg(m_options.maxRecords),
                                record.line);
                return true;
            } else if (c == QLatin1Char('"') && m_options.strict) {
                return fail(
                    QStringLiteral("a quote inside an unquoted field (quote the whole field "
                                   "and double the inner quotes)"),
                    m_line);
            } else {
                field.append(c);
            }
            break;
        case State::Quoted:
            if (c == QLatin1Char('"')) {
                state = State::QuoteInQuoted;
            } else {
                if (c == QLatin1Char('\n'))
                    ++m_line;
                else if (c == QLatin1Char('\r')) {
                    if (m_pos >= m_buffer.size())
                        fill();
                    if (!(m_pos < m_buffer.size() && m_buffer.at(m_pos) == QLatin1Char('\n')))
                        ++m_line;
                }
                field.append(c);
            }
            break;
        case State::QuoteInQuoted:
            if (c == QLatin1Char('"')) {
                field.append(c);
                state = State::Quoted;
            } else if (c == delim) {
                if (!endField())
                    return false;
                state = State::FieldStart;
            } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                state = State::FieldStart;
                --m_pos;
                // Reuse the line-end handling of FieldStart with the field pending.
                if (!endField())
                    return false;
                const QChar e = m_buffer.at(m_pos++);
                if (e == QLatin1Char('\r')) {
                    if (m_pos >= m_buffer.size())
                        fill();
                    if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == QLatin1Char('\n'))
                        ++m_pos;
                }
                ++m_line;
                ++m_records;
                if (m_records > m_options.maxRecords)
                    return fail(QStringLiteral("more than %1 rows").arg(m_options.maxRecords),
                                record.line);
                return true;
            } else if (m_options.strict) {
                return fail(QStringLiteral("text after the closing quote of a field"), m_line);
            } else {
                field.append(c);
                state = State::Unquoted;
            }
            break;
        }
    }
}

} // namespace whoowns
