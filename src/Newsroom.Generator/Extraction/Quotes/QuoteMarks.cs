namespace Newsroom.Generator.Extraction.Quotes;

/// <summary>The double quotation marks we pair, and which way each one prefers to face.</summary>
internal static class QuoteMarks
{
    public enum Facing
    {
        None,
        Open,
        Close,
        Either,
    }

    /// <summary>Double marks only: single marks stay inside the quote that holds them (and are apostrophes too often).</summary>
    /// <remarks>
    /// Asked of every character of a paragraph: the test that most characters fail (below «, other than ") is kept
    /// small enough to be inlined, and the marks themselves are told apart in <see cref="OfCandidate"/>.
    /// </remarks>
    public static Facing Of(char c) => c < '\u00AB' && c != '"' ? Facing.None : OfCandidate(c);

    private static Facing OfCandidate(char c) => c switch
    {
        '\u201C' => Facing.Open,   // “ (also closes after „)
        '\u201E' => Facing.Open,   // „
        '\u201F' => Facing.Open,   // ‟
        '\u00AB' => Facing.Open,   // «
        '\u201D' => Facing.Close,  // ”
        '\u00BB' => Facing.Close,  // »
        '"' => Facing.Either,
        '\uFF02' => Facing.Either, // ＂
        _ => Facing.None,
    };

    public static bool IsDoubleMark(char c) => Of(c) != Facing.None;

    public static bool IsAnyMark(char c) => IsDoubleMark(c) || c is '\u2018' or '\u2019' or '\'' or '\u201A' or '\u2039' or '\u203A';
}
