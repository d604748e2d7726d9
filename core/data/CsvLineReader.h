#pragma once
// Line assembly for CsvParser: turns chunks of any size into whole lines, whatever the line
// terminator (LF, CRLF or classic Mac CR, sniffed from the first line break) and wherever a
// chunk boundary falls. Refuses input that cannot be a CSV file (UTF-16, binary, over-long
// lines) before any of it is buffered. Private to core/.
//
// feed() is a template so that the per-line call into the parser inlines: it runs once per
// row of multi-million-row files.

#include "util/Error.h"

#include <QCoreApplication>
#include <cstring>
#include <string>

namespace modeldeck {

class CsvLineReader
{
    // The messages were CsvParser's before the reader was split out of it; the context keeps
    // their translations.
    Q_DECLARE_TR_FUNCTIONS(modeldeck::CsvParser)
public:
    explicit CsvLineReader(qsizetype maxLineBytes) : m_maxLineBytes(maxLineBytes) { }

    // Reads the next chunk and calls onLine(begin, end) for each complete line in it that is
    // not blank, without its terminator or a leading UTF-8 BOM; lineNumber() is then that
    // line's 1-based number. onLine returns false to stop reading this chunk. An unfinished
    // last line waits for the next chunk or finish().
    template<typename OnLine>
    void feed(const char *p, const char *end, OnLine &&onLine);
    // Ends the input: the last line, when it has no terminator, goes to onLine.
    template<typename OnLine>
    void finish(OnLine &&onLine);

    bool failed() const { return m_failed; }
    const Error &error() const { return m_error; }
    qint64 bytesConsumed() const { return m_bytesConsumed; }
    qint64 lineNumber() const { return m_lineNumber; }
    // Whether any line was not blank.
    bool sawContent() const { return m_sawContent; }

private:
    // Counts the chunk, refuses UTF-16 and learns the line terminator. Returns whether the
    // buffered first line turned out complete (it ended with a bare CR at the end of the
    // previous chunk).
    bool begin(const char *p, const char *end);
    void fail(qint64 line, const QString &message);
    // The errors of a line that ends (or, unfinished, reaches) `lineEnd`; false after one.
    bool checkLine(const char *p, const char *lineEnd, const char *nul);

    // Trims the terminator and the BOM, skips blank lines and counts every line.
    template<typename OnLine>
    bool deliver(const char *b, const char *e, OnLine &onLine);

    qsizetype m_maxLineBytes;
    bool m_failed = false;
    Error m_error;
    std::string m_partial; // a line cut by the end of a chunk
    bool m_eolKnown = false;
    bool m_crPending = false; // the first line break seen so far is a CR ending the last chunk
    char m_eol = '\n';
    qint64 m_bytesConsumed = 0;
    unsigned char m_head[2] = {};
    qint64 m_lineNumber = 0;
    bool m_sawContent = false;
};

template<typename OnLine>
void CsvLineReader::feed(const char *p, const char *end, OnLine &&onLine)
{
    if (p == end || m_failed) // also keeps a null data() of an empty view away from memchr
        return;
    const bool partialComplete = begin(p, end);
    if (m_failed)
        return;
    if (partialComplete) {
        const bool more = deliver(m_partial.data(), m_partial.data() + m_partial.size(), onLine);
        m_partial.clear();
        if (!more)
            return;
    }
    // One scan per chunk instead of one per line keeps the binary check nearly free.
    const auto *nul = static_cast<const char *>(std::memchr(p, 0, size_t(end - p)));
    while (p < end) {
        const auto *eol = static_cast<const char *>(std::memchr(p, m_eol, size_t(end - p)));
        const char *lineEnd = eol ? eol : end;
        if (!checkLine(p, lineEnd, nul))
            return;
        if (!eol || !m_eolKnown) {
            m_partial.append(p, size_t(end - p));
            return;
        }
        bool more = true;
        if (m_partial.empty()) {
            more = deliver(p, eol, onLine);
        } else {
            m_partial.append(p, size_t(eol - p));
            more = deliver(m_partial.data(), m_partial.data() + m_partial.size(), onLine);
            m_partial.clear();
        }
        if (!more)
            return;
        p = eol + 1;
    }
}

template<typename OnLine>
void CsvLineReader::finish(OnLine &&onLine)
{
    if (m_failed || m_partial.empty())
        return;
    if (m_crPending || (!m_eolKnown && m_partial.back() == '\r'))
        m_partial.pop_back();
    deliver(m_partial.data(), m_partial.data() + m_partial.size(), onLine);
    m_partial.clear();
}

template<typename OnLine>
bool CsvLineReader::deliver(const char *b, const char *e, OnLine &onLine)
{
    ++m_lineNumber;
    if (m_eol == '\n' && e > b && e[-1] == '\r')
        --e;
    else if (m_eol == '\r' && b < e && *b == '\n') // a CRLF in a file that began with bare CRs
        ++b;
    if (m_lineNumber == 1 && e - b >= 3 && std::memcmp(b, "\xEF\xBB\xBF", 3) == 0)
        b += 3;
    const auto blank = [](const char *s, const char *t) {
        for (; s < t; ++s) {
            if (*s != ' ' && *s != '\t')
                return false;
        }
        return true;
    };
    if (b == e || ((*b == ' ' || *b == '\t') && blank(b, e)))
        return true;
    m_sawContent = true;
    return onLine(b, e);
}

} // namespace modeldeck
