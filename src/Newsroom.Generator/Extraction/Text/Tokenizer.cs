using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using Newsroom.Generator.Extraction.Model;

namespace Newsroom.Generator.Extraction.Text;

public enum TokenKind
{
    Word,
    Number,
    Punctuation,
    QuoteMark,
}

/// <summary>A word or mark with its place in the text.</summary>
public readonly record struct Token
{
    public Token(int Start, int Length, string Text, TokenKind Kind)
        : this(Start, Length, Text, Kind, Text[0], 0, Text.IndexOfAny(Joiners) >= 0)
    {
    }

    /// <summary>
    /// The tokenizer's constructor: it has read the characters already (the first, and whether a joiner is among
    /// them), and the string need not be reached.
    /// </summary>
    internal Token(int start, int length, string text, TokenKind kind, char first, ushort wordId, bool joined)
    {
        Start = start;
        Length = length;
        Text = text;
        _kind = (byte)kind;
        _joined = joined;
        First = first;
        WordId = wordId;
    }

    /// <summary>What <see cref="Joined"/> looks for.</summary>
    internal static readonly char[] Joiners = { '-', '\u2011', '\u2013', '\'', '’' };

    // Kind in a byte, so that the token stays 24 bytes with Joined beside it.
    private readonly byte _kind;
    private readonly bool _joined;

    public int Start { get; init; }

    public int Length { get; init; }

    public string Text { get; init; }

    public TokenKind Kind
    {
        get => (TokenKind)_kind;
        init => _kind = (byte)value;
    }

    /// <summary>Holds a hyphen or an apostrophe (<c>Ing-wen</c>, <c>al-Assad</c>, <c>O’Brien</c>, <c>’s</c>).</summary>
    internal bool Joined => _joined;

    public int End => Start + Length;

    /// <summary>The first character, kept in the token: most rules look at nothing else, and need not reach the string.</summary>
    public char First { get; }

    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>Starts with an upper-case letter (<c>Blinken</c>, <c>McCarthy</c>, <c>US</c>).</summary>
    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(First);

    public bool IsPossessive => Kind == TokenKind.Word && Length == 2 && First is '’' or '\'' && Text[1] == 's';

    public bool Is(string s) => Text == s;

    /// <summary>
    /// The word's number in the thread's <see cref="WordPool"/> (0: not pooled), through which the lexicons' answers
    /// about it are kept. Small enough that a token stays 24 bytes.
    /// </summary>
    internal ushort WordId { get; init; }

    public void Deconstruct(out int Start, out int Length, out string Text, out TokenKind Kind)
    {
        Start = this.Start;
        Length = this.Length;
        Text = this.Text;
        Kind = this.Kind;
    }
}

/// <summary>
/// Splits text into words and punctuation. Words keep inner hyphens and apostrophes (<c>Ing-wen</c>,
/// <c>O’Brien</c>) and the periods of abbreviations and initials (<c>U.S.</c>, <c>J.</c>, <c>Mr.</c>);
/// a possessive <c>’s</c> is its own token.
/// </summary>
public static class Tokenizer
{
    private static readonly HashSet<string> Abbreviations = new()
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt", "Adm", "Maj", "Cpl",
        "St", "Jr", "Sr", "Rev", "Hon", "Pres", "Supt", "Insp", "Det", "Cmdr", "Ft", "Mt", "No", "Nos", "vs", "etc",
        "Inc", "Corp", "Co", "Ltd", "Bros", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
        "Nov", "Dec", "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky",
        "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex",
        "Va", "Vt", "Wash", "Wis", "Wyo", "approx", "est", "al", "Ave", "Blvd", "Dept", "Univ",
    };

    /// <summary>No combining mark comes before U+0300, so plain Latin text never asks for a character's category.</summary>
    private const char FirstCombiningMark = '\u0300';

    private static bool IsAsciiLetterOrDigit(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;

    public static bool IsAbbreviation(string word) => Abbreviations.Contains(word.TrimEnd('.'));

    /// <summary>A word that keeps the period after it: a known abbreviation, or one after a hyphen ("R-Ky.", "D-Ore.": a party and state).</summary>
    internal static bool TakesPeriod(string word)
    {
        if (Abbreviations.Contains(word)) return true;
        var dash = word.LastIndexOf('-');
        return dash >= 0 && dash + 1 < word.Length && Abbreviations.Contains(word.Substring(dash + 1));
    }

    /// <summary>A headline's label before a dash: <c>EXCLUSIVE–</c>, <c>WATCH–</c>.</summary>
    private static bool IsHeadlineLabel(string text, int start, int length)
    {
        foreach (var label in HeadlineLabels)
        {
            if (label.Length == length && string.Compare(text, start, label, 0, length, StringComparison.OrdinalIgnoreCase) == 0) return true;
        }
        return false;
    }

    private static readonly string[] HeadlineLabels =
    {
        "exclusive", "excerpt", "breaking", "watch", "video", "photos", "update", "live", "opinion", "analysis", "editorial", "review", "interview", "report",
    };

    public static List<Token> Tokenize(string text, int start, int end)
    {
        // About one token every four to five characters in English prose.
        var tokens = new List<Token>(Math.Max(4, (end - start) / 4));
        TokenizeInto(text, start, end, tokens);
        return tokens;
    }

    public static List<Token> Tokenize(string text, TextRange range) => Tokenize(text, range.Start, range.End);

    /// <summary>Adds the tokens of <c>text[start..end)</c> to <paramref name="tokens"/> (the extractor reuses its lists).</summary>
    [MethodImpl(Hot.Loop)]
    internal static void TokenizeInto(string text, int start, int end, List<Token> tokens)
    {
        var pool = WordPool.Current;
        var first = tokens.Count;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            // ASCII first (most of any article): white space and controls are 0-32 and 127, letters and digits the plain ranges.
            var ascii = c < 128;
            if (ascii ? c <= ' ' || c == '\u007F' : char.IsWhiteSpace(c) || char.IsControl(c))
            {
                i++;
                continue;
            }
            if (ascii ? IsAsciiLetterOrDigit(c) : char.IsLetter(c) || char.IsDigit(c))
            {
                // The word read to check an abbreviation, kept as the token's text when the token ends there.
                string? cut = null;
                ushort cutId = 0;
                var s = i;
                var digits = char.IsDigit(c);
                // The word pool's hash of text[s..i), worked out while the characters are read rather than again after.
                var hash = WordPool.Step(pool.HashStart, c);
                var joined = false;
                i++;
                while (i < end)
                {
                    var d = text[i];
                    if (d < 128 ? IsAsciiLetterOrDigit(d) : char.IsLetterOrDigit(d) || (d >= FirstCombiningMark && CharUnicodeInfo.GetUnicodeCategory(d) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
                    {
                        hash = WordPool.Step(hash, d);
                        i++;
                        continue;
                    }
                    // Only these carry a word on (Ing-wen, Export–Import, O’Brien, 3.5, U.S.): anything else ends it at once.
                    if (d is not ('-' or '\u2011' or '\u2013' or '\'' or '’' or '.' or ',' or ':')) break;
                    var hasNext = i + 1 < end && char.IsLetterOrDigit(text[i + 1]);
                    // "Export–Import", "Harvard–Smithsonian": an en dash between a word and a capitalised one joins them too.
                    // Not a headline's label ("EXCLUSIVE–Maria Espinoza").
                    if ((d == '-' || d == '\u2011' || d == '\u2013' && !digits && i + 1 < end && char.IsUpper(text[i + 1]) && !IsHeadlineLabel(text, s, i - s)) && hasNext)
                    {
                        joined = true;
                        hash = WordPool.Step(hash, d);
                        i++;
                        continue;
                    }
                    if ((d == '\'' || d == '’') && hasNext)
                    {
                        // A possessive or contraction ending: split "’s" off; keep O’Brien and don’t whole.
                        if ((text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= end || !char.IsLetterOrDigit(text[i + 2]))) break;
                        joined = true;
                        hash = WordPool.Step(hash, d);
                        i++;
                        continue;
                    }
                    if ((d == '.' || d == ',' || d == ':') && digits && hasNext && char.IsDigit(text[i + 1]))
                    {
                        hash = WordPool.Step(hash, d);
                        i++;
                        continue;
                    }
                    if (d == '.' && !digits)
                    {
                        // U.S., J., Mr., a.m.: keep the period with single letters and known abbreviations.
                        var word = cut = TextOf(pool, text, s, i - s, WordPool.Finish(hash), out cutId);
                        var initials = word.Length == 1 || (word.Length >= 3 && word[word.Length - 2] == '.');
                        if (initials || pool.IsAbbreviation(word, cutId))
                        {
                            hash = WordPool.Step(hash, d);
                            i++;
                            if (i < end && char.IsLetter(text[i]) && (initials && i + 1 <= end)) continue;
                            break;
                        }
                    }
                    break;
                }
                var id = cutId;
                var tokenText = cut is not null && cut.Length == i - s ? cut : TextOf(pool, text, s, i - s, WordPool.Finish(hash), out id);
                tokens.Add(new Token(s, i - s, tokenText, digits ? TokenKind.Number : TokenKind.Word, c, id, joined));
                continue;
            }
            if ((c == '\'' || c == '’') && i + 1 < end && (text[i + 1] == 's' || text[i + 1] == 'S')
                && (i + 2 >= end || !char.IsLetterOrDigit(text[i + 2])) && tokens.Count > first && tokens[tokens.Count - 1].End == i)
            {
                tokens.Add(new Token(i, 2, pool.Get(text, i, 2, out var id), TokenKind.Word, c, id, joined: true));
                i += 2;
                continue;
            }
            var kind = Quotes.QuoteMarks.IsDoubleMark(c) ? TokenKind.QuoteMark : TokenKind.Punctuation;
            var len = char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            ushort markId = 0;
            var markText = len == 1 && c < OneCharacterStrings.Length ? OneCharacter(c) : pool.Get(text, i, len, out markId);
            tokens.Add(new Token(i, len, markText, kind, c, markId, c is '-' or '\u2011' or '\u2013' or '\'' or '’'));
            i += len;
        }
    }

    /// <summary>
    /// A token's text: one character below U+2100 (ASCII, Latin-1, dashes and quotation marks: most punctuation, and
    /// words like <c>a</c>) from a table indexed by the character, anything else from the word pool.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static string TextOf(WordPool pool, string text, int start, int length, int hash, out ushort id)
    {
        if (length == 1 && text[start] < OneCharacterStrings.Length)
        {
            id = 0;
            return OneCharacter(text[start]);
        }
        return pool.Get(text, start, length, hash, out id);
    }

    private static string OneCharacter(char c) => OneCharacterStrings[c] ??= c.ToString();

    /// <summary>Strings of one character, made on first use (two threads may each make one; they are equal).</summary>
    private static readonly string?[] OneCharacterStrings = new string?[0x2100];
}
