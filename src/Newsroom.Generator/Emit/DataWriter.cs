using System.Text;

namespace Newsroom.Generator.Emit;

/// <summary>
/// Writes the data the generated code reads back with its one decoder (<c>__DataReader</c> in the fixed types):
/// numbers as base-32 digits, lowest first, each digit one printable ASCII character: <c>]</c>…<c>|</c> for a digit
/// with more to come, <c>0</c>…<c>O</c> for the last one (signed numbers zigzagged first: 0, -1, 1, -2… become 0, 1,
/// 2, 3…); strings as their UTF-8 byte count and the characters (-1 for null). The result becomes a UTF-8 literal, which
/// lives in the assembly's data section, not in the 16 MB string heap, however many articles there are (or a plain
/// string, read back through its UTF-8 bytes, when short in a project of few articles: see ArticleEmitter).
/// </summary>
/// <remarks>
/// Each byte of a <c>"…"u8</c> literal costs the compiler a node of its own while it lowers the literal, so the data is
/// kept short: a number below 16 takes one character, below 512 two, below 16,384 three (decimal with a separator took
/// one more in most cases: about a quarter of all article data).
/// </remarks>
internal sealed class DataWriter
{
    private static readonly Encoding Utf8 = new UTF8Encoding(false, false);
    private readonly StringBuilder _sb = new();

    /// <summary>The first character of a digit that is not the last one (<c>]</c>, 0x5D: 32 of them, up to <c>|</c>).</summary>
    public const char More = ']';

    /// <summary>The first character of a last digit (<c>0</c>: 32 of them, up to <c>O</c>).</summary>
    public const char Last = '0';

    public DataWriter Int(int value)
    {
        var z = (uint)((value << 1) ^ (value >> 31));
        while (z >= 32)
        {
            _sb.Append((char)(More + (z & 31)));
            z >>= 5;
        }
        _sb.Append((char)(Last + z));
        return this;
    }

    public DataWriter String(string? value)
    {
        if (value is null) return Int(-1);
        var text = Escaping.WithoutLoneSurrogates(value);
        Int(Utf8.GetByteCount(text));
        _sb.Append(text);
        return this;
    }

    /// <summary>The rest of the data: read back whole, without a length.</summary>
    public DataWriter Rest(string value)
    {
        _sb.Append(Escaping.WithoutLoneSurrogates(value));
        return this;
    }

    public override string ToString() => _sb.ToString();
}
