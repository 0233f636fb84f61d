using System.Globalization;
using System.Text;

namespace Newsroom.Generator.Emit;

/// <summary>
/// Writes the data the generated code reads back with its one decoder (<c>__DataReader</c> in the fixed types):
/// numbers in decimal, each ending in ','; strings as their UTF-8 byte count, ',' and the characters (-1 for null).
/// The result becomes a UTF-8 literal, so it lives in the assembly's data section and costs the compiler and the JIT
/// next to nothing, however many articles there are.
/// </summary>
internal sealed class DataWriter
{
    private static readonly Encoding Utf8 = new UTF8Encoding(false, false);
    private readonly StringBuilder _sb = new();

    public DataWriter Int(int value)
    {
        _sb.Append(value.ToString(CultureInfo.InvariantCulture)).Append(',');
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
