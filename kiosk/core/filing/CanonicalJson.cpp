#include "kiosk/core/filing/CanonicalJson.h"

#include "kiosk/core/filing/EcmaNumber.h"
#include "kiosk/core/filing/Utf8Text.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace kiosk::core {

namespace {

Rejection invalidUtf8(const std::string &path)
{
    return {"canonical.invalid_utf8", "数据中的文本不是有效的 UTF-8 编码，无法规范化（位置：" + path + "）"};
}

class Writer
{
public:
    std::optional<Rejection> write(const nlohmann::json &value, const std::string &path)
    {
        using Type = nlohmann::json::value_t;
        switch (value.type()) {
        case Type::null:
            out += "null";
            return std::nullopt;
        case Type::boolean:
            out += value.get<bool>() ? "true" : "false";
            return std::nullopt;
        case Type::number_integer:
            return writeNumber(static_cast<double>(value.get<std::int64_t>()), path);
        case Type::number_unsigned:
            return writeNumber(static_cast<double>(value.get<std::uint64_t>()), path);
        case Type::number_float:
            return writeNumber(value.get<double>(), path);
        case Type::string:
            return writeString(value.get_ref<const std::string &>(), path);
        case Type::array:
            return writeArray(value, path);
        case Type::object:
            return writeObject(value, path);
        case Type::binary:
        case Type::discarded:
            break;
        }
        return Rejection{"canonical.unsupported_value",
                         "数据中含有 JSON 无法表示的值，无法规范化（位置：" + path + "）"};
    }

    std::string out;

private:
    std::optional<Rejection> writeNumber(double number, const std::string &path)
    {
        const auto text = EcmaNumber::format(number);
        if (!text)
            return Rejection{"canonical.non_finite_number",
                             "数值不是有限数（NaN 或无穷大），无法规范化（位置：" + path + "）"};
        out += *text;
        return std::nullopt;
    }

    std::optional<Rejection> writeString(const std::string &text, const std::string &path)
    {
        if (!Utf8Text::isValid(text))
            return invalidUtf8(path);
        static constexpr char hex[] = "0123456789abcdef";
        out.push_back('"');
        for (const char c : text) {
            const auto byte = static_cast<unsigned char>(c);
            switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (byte < 0x20) {
                    out += "\\u00";
                    out.push_back(hex[byte >> 4]);
                    out.push_back(hex[byte & 0x0F]);
                } else {
                    out.push_back(c);
                }
            }
        }
        out.push_back('"');
        return std::nullopt;
    }

    std::optional<Rejection> writeArray(const nlohmann::json &array, const std::string &path)
    {
        out.push_back('[');
        std::size_t index = 0;
        for (const auto &element : array) {
            if (index > 0)
                out.push_back(',');
            if (auto why = write(element, path + "[" + std::to_string(index) + "]"))
                return why;
            ++index;
        }
        out.push_back(']');
        return std::nullopt;
    }

    std::optional<Rejection> writeObject(const nlohmann::json &object, const std::string &path)
    {
        // nlohmann orders members by UTF-8 bytes, which differs from UTF-16 order for
        // characters above U+FFFF versus U+E000..U+FFFF, so sort again by UTF-16 code units.
        std::vector<std::pair<std::u16string, nlohmann::json::const_iterator>> members;
        members.reserve(object.size());
        for (auto it = object.cbegin(); it != object.cend(); ++it) {
            auto key = Utf8Text::toUtf16(it.key());
            if (!key)
                return invalidUtf8(path + " 的成员名");
            members.emplace_back(std::move(*key), it);
        }
        std::sort(members.begin(), members.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });

        out.push_back('{');
        bool first = true;
        for (const auto &[utf16Key, it] : members) {
            if (!first)
                out.push_back(',');
            first = false;
            writeString(it.key(), path); // already validated above
            out.push_back(':');
            if (auto why = write(it.value(), path + "." + it.key()))
                return why;
        }
        out.push_back('}');
        return std::nullopt;
    }
};

} // namespace

CanonicalEncoding CanonicalJson::canonicalize(const nlohmann::json &value)
{
    Writer writer;
    if (auto why = writer.write(value, "$"))
        return CanonicalEncoding::failure(std::move(*why));
    return CanonicalEncoding::success(std::move(writer.out));
}

} // namespace kiosk::core
