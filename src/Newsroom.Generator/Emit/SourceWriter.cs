using System;
using System.Text;

namespace Newsroom.Generator.Emit;

/// <summary>An indented writer for generated C#: four spaces a level, <c>\n</c> line endings on every machine.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _sb = new();
    private int _indent;

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0) _sb.Append(' ', _indent * 4).Append(text);
        _sb.Append('\n');
        return this;
    }

    public SourceWriter Open(string text)
    {
        Line(text);
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    /// <summary>A <c>/// &lt;summary&gt;</c> block, one documentation line a line of <paramref name="lines"/> (already escaped).</summary>
    public SourceWriter Summary(params string[] lines)
    {
        Line("/// <summary>");
        foreach (var l in lines)
        {
            Line("/// " + l);
        }
        return Line("/// </summary>");
    }

    public int Length => _sb.Length;

    public override string ToString() => _sb.ToString();
}
