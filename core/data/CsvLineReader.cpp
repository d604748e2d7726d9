#include "CsvLineReader.h"

namespace modeldeck {

void CsvLineReader::fail(qint64 line, const QString &message)
{
    m_failed = true;
    m_error = Error { message, QString(), line, 0 };
}

bool CsvLineReader::begin(const char *p, const char *end)
{
    const qint64 before = m_bytesConsumed;
    m_bytesConsumed += end - p;
    for (qint64 i = before; i < 2 && i < m_bytesConsumed; ++i)
        m_head[i] = static_cast<unsigned char>(p[i - before]);
    if (before < 2 && m_bytesConsumed >= 2
        && ((m_head[0] == 0xFF && m_head[1] == 0xFE) || (m_head[0] == 0xFE && m_head[1] == 0xFF))) {
        fail(1,
             tr("The file is encoded as UTF-16; save it as a UTF-8 CSV file and import it again."));
        return false;
    }

    bool partialComplete = false;
    if (m_crPending) {
        m_crPending = false;
        m_eolKnown = true;
        m_eol = *p == '\n' ? '\n' : '\r';
        if (m_eol == '\r') { // the buffered first line ends with its terminator
            m_partial.pop_back();
            partialComplete = true;
        }
    }
    if (!m_eolKnown) {
        const char *q = p;
        while (q < end && *q != '\n' && *q != '\r')
            ++q;
        if (q < end && *q == '\n') {
            m_eolKnown = true;
        } else if (q + 1 < end) {
            m_eolKnown = true;
            m_eol = q[1] == '\n' ? '\n' : '\r';
        } else if (q + 1 == end) { // a CR ends the chunk: the next byte decides
            m_crPending = true;
        }
    }
    return partialComplete;
}

bool CsvLineReader::checkLine(const char *p, const char *lineEnd, const char *nul)
{
    // A NUL past the length limit is left to the length check, so that the error does not
    // depend on how the input was split into chunks.
    if (nul && nul < lineEnd && qint64(m_partial.size()) + (nul - p) < qint64(m_maxLineBytes)) {
        fail(m_lineNumber + 1,
             tr("The file contains binary data (a NUL byte), so it is not a CSV file."));
        return false;
    }
    // A CR before the line feed (or ending the chunk) is not content: not counting it keeps
    // the limit the same for LF, CRLF and CR files however they are chunked.
    const char last = lineEnd > p ? lineEnd[-1] : m_partial.empty() ? '\0' : m_partial.back();
    const qint64 length = qint64(m_partial.size()) + (lineEnd - p) - (last == '\r' ? 1 : 0);
    if (length > m_maxLineBytes) {
        fail(m_lineNumber + 1,
             tr("The line is longer than %1 KiB; the file does not look like a price CSV.")
                 .arg(m_maxLineBytes / 1024.0, 0, 'g', 4));
        return false;
    }
    return true;
}

} // namespace modeldeck
