#include "Ubjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QtEndian>
#include <cstring>
#include <type_traits>

namespace modeldeck::Ubjson {

namespace {

// Calls are spelled Tr::tr() so that lupdate records them under this context too: a plain
// tr() in a free function or another class would be filed under that scope instead.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::Ubjson)
};

class UbjReader
{
public:
    explicit UbjReader(const QByteArray &bytes)
        : m_data(bytes.constData()), m_size(bytes.size()) { }

    Result<QJsonValue> document()
    {
        auto value = readValue(0);
        if (!value)
            return value;
        if (m_pos != m_size)
            return fail(Tr::tr("bytes after the end of the model"));
        return value;
    }

private:
    Error fail(const QString &what) const
    {
        return Error {
            Tr::tr("The XGBoost model (UBJSON) is damaged at byte %1: %2.").arg(m_pos).arg(what)
        };
    }

    bool take(void *out, qint64 n)
    {
        if (n < 0 || m_size - m_pos < n)
            return false;
        std::memcpy(out, m_data + m_pos, size_t(n));
        m_pos += n;
        return true;
    }

    Result<char> marker()
    {
        char c = 0;
        if (!take(&c, 1))
            return fail(Tr::tr("it ends early"));
        return c;
    }

    // A number of the type `type`, as a double (integers up to 2^53 exactly).
    Result<double> number(char type)
    {
        const auto read = [this](auto v) -> Result<double> {
            if (!take(&v, sizeof v))
                return fail(Tr::tr("it ends inside a number"));
            if constexpr (std::is_same_v<decltype(v), float>) {
                quint32 bits;
                std::memcpy(&bits, &v, 4);
                bits = qFromBigEndian(bits);
                std::memcpy(&v, &bits, 4);
                return double(v);
            } else if constexpr (std::is_same_v<decltype(v), double>) {
                quint64 bits;
                std::memcpy(&bits, &v, 8);
                bits = qFromBigEndian(bits);
                std::memcpy(&v, &bits, 8);
                return v;
            } else {
                return double(qFromBigEndian(v));
            }
        };
        switch (type) {
        case 'i':
            return read(qint8 {});
        case 'U':
            return read(quint8 {});
        case 'I':
            return read(qint16 {});
        case 'l':
            return read(qint32 {});
        case 'L':
            return read(qint64 {});
        case 'd':
            return read(float {});
        case 'D':
            return read(double {});
        default:
            return fail(Tr::tr("“%1” is not a number type").arg(QLatin1Char(type)));
        }
    }

    // A length or count: an integer marker and a value that fits what is left of the file.
    Result<qint64> count(qint64 bytesPerItem)
    {
        auto type = marker();
        if (!type)
            return type.error();
        auto n = number(*type);
        if (!n)
            return n.error();
        if (*type == 'd' || *type == 'D' || *n < 0
            || *n * double(bytesPerItem) > double(m_size - m_pos))
            return fail(Tr::tr("a length of %1 does not fit the file").arg(*n, 0, 'g', 17));
        return qint64(*n);
    }

    Result<QString> string()
    {
        auto n = count(1);
        if (!n)
            return n.error();
        const QString s = QString::fromUtf8(m_data + m_pos, *n);
        m_pos += *n;
        return s;
    }

    Result<QJsonValue> readValue(int depth, char type = 0)
    {
        if (depth > kMaxDepth)
            return fail(Tr::tr("it nests deeper than %1 levels").arg(kMaxDepth));
        if (type == 0) {
            auto m = marker();
            if (!m)
                return m.error();
            type = *m;
        }
        switch (type) {
        case 'Z':
            return QJsonValue(QJsonValue::Null);
        case 'T':
            return QJsonValue(true);
        case 'F':
            return QJsonValue(false);
        case 'S': {
            auto s = string();
            if (!s)
                return s.error();
            return QJsonValue(*s);
        }
        case '{':
            return object(depth);
        case '[':
            return array(depth);
        default: {
            auto n = number(type);
            if (!n)
                return n.error();
            return QJsonValue(*n);
        }
        }
    }

    Result<QJsonValue> object(int depth)
    {
        QJsonObject o;
        while (true) {
            if (m_pos < m_size && m_data[m_pos] == '}') {
                ++m_pos;
                return QJsonValue(o);
            }
            auto key = string();
            if (!key)
                return key.error();
            auto value = readValue(depth + 1);
            if (!value)
                return value;
            o.insert(*key, *value);
        }
    }

    Result<QJsonValue> array(int depth)
    {
        char type = 0;
        qint64 n = -1;
        if (m_pos < m_size && m_data[m_pos] == '$') {
            ++m_pos;
            auto t = marker();
            if (!t)
                return t.error();
            type = *t;
            if (m_pos >= m_size || m_data[m_pos] != '#')
                return fail(Tr::tr("a typed array without a count"));
        }
        if (m_pos < m_size && m_data[m_pos] == '#') {
            ++m_pos;
            auto c = count(1);
            if (!c)
                return c.error();
            n = *c;
        }
        QJsonArray a;
        if (n >= 0) {
            for (qint64 i = 0; i < n; ++i) {
                auto value = readValue(depth + 1, type);
                if (!value)
                    return value;
                a.append(*value);
            }
            return QJsonValue(a);
        }
        while (true) {
            if (m_pos < m_size && m_data[m_pos] == ']') {
                ++m_pos;
                return QJsonValue(a);
            }
            auto value = readValue(depth + 1);
            if (!value)
                return value;
            a.append(*value);
        }
    }

    const char *m_data;
    qint64 m_size;
    qint64 m_pos = 0;
};

} // namespace

Result<QJsonValue> read(const QByteArray &bytes)
{
    return UbjReader(bytes).document();
}

} // namespace modeldeck::Ubjson
