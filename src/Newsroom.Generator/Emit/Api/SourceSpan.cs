// Newsroom's fixed API: Article, Quote, Actor and their lists. The generator copies this file into every project
// that uses Newsroom, in the project's namespace and visibility (src/Newsroom.Generator/Emit/Api/ in the repository).
#nullable enable

namespace Newsroom
{
    /// <summary>Where quoted words stand in the article file: UTF-16 offsets (BOM excluded) and the 1-based line and column an editor shows.</summary>
    public readonly struct SourceSpan : global::System.IEquatable<SourceSpan>
    {
        /// <summary>Creates a span.</summary>
        public SourceSpan(int start, int length, int line, int column)
        {
            Start = start;
            Length = length;
            Line = line;
            Column = column;
        }

        /// <summary>Offset of the first character, in UTF-16 code units from the start of the file text.</summary>
        public int Start { get; }

        /// <summary>Number of UTF-16 code units.</summary>
        public int Length { get; }

        /// <summary>One past the last character.</summary>
        public int End => Start + Length;

        /// <summary>1-based line of <see cref="Start"/>.</summary>
        public int Line { get; }

        /// <summary>1-based column of <see cref="Start"/>, in UTF-16 code units.</summary>
        public int Column { get; }

        /// <inheritdoc/>
        public bool Equals(SourceSpan other) => Start == other.Start && Length == other.Length && Line == other.Line && Column == other.Column;

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is SourceSpan other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => unchecked((Start * 397) ^ Length);

        /// <summary>Compares two spans.</summary>
        public static bool operator ==(SourceSpan left, SourceSpan right) => left.Equals(right);

        /// <summary>Compares two spans.</summary>
        public static bool operator !=(SourceSpan left, SourceSpan right) => !left.Equals(right);

        /// <summary>Line and column, then the offsets: <c>(11,1) [812..934)</c>.</summary>
        public override string ToString()
        {
            var invariant = global::System.Globalization.CultureInfo.InvariantCulture;
            return "(" + Line.ToString(invariant) + "," + Column.ToString(invariant) + ") ["
                + Start.ToString(invariant) + ".." + End.ToString(invariant) + ")";
        }
    }
}
