using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using System.Threading;
using Newsroom.Generator.Extraction.Model;

namespace Newsroom.Generator.Extraction.Text;

/// <summary>
/// The structure of an article: headline, date line, byline, wire dateline, body paragraphs, lede and credits.
/// Works on offsets into the original text whatever its line endings.
/// </summary>
public sealed class ArticleLayout
{
    private static readonly Regex DateLine = new(
        @"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)\s+\d{1,2},?\s+\d{4}$|^\d{4}-\d{2}-\d{2}$|^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}$",
        RegexOptions.CultureInvariant);

    private static readonly Regex Byline = new(
        @"^By\s+(?<names>\p{Lu}[\p{L}.'’\- ]+?(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}.'’\- ]+?)*)(?:,\s*(?<org>[\p{L}.&' ]+))?$",
        RegexOptions.CultureInvariant);

    // "WASHINGTON (AP) —", "Washington (AFP) –", "BEIJING, June 18 (Reuters) -", "NEW YORK —"
    private static readonly Regex WireDateline = new(
        @"^(?:(?<place>\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3}(?:,\s*\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,2}\.?)?(?:,\s*\p{Lu}[a-z]{2,8}\.?\s+\d{1,2})?)\s*\((?<agency>\p{Lu}[\p{L} .&\-]{0,30})\)|(?<place>\p{Lu}{2,}(?:[\s.\-]+\p{Lu}{2,}){0,3}(?:,\s*\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+)?)?))\s*(?:[—–]|--?)\s*",
        RegexOptions.CultureInvariant);

    private static readonly Regex WithCredit = new(
        @"^\(?With\s+(?<list>[\p{Lu}][\p{L}\p{N} .,&'’\-]{0,80}?)\)?\.?$",
        RegexOptions.CultureInvariant);

    private static readonly Regex ByCredit = new(
        @"^\(?\s*(?:(?:Additional\s+)?(?:Reporting|Writing|Editing|Compiled|Research)(?:\s+and\s+\w+)?\s+by\s+.*)\)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    [MethodImpl(Hot.Loop)]
    public ArticleLayout(string text, CancellationToken cancellationToken = default)
    {
        Text = text;
        var blocks = SplitParagraphs(text, cancellationToken);
        var first = 0;

        if (blocks.Count > 1 && LooksLikeHeadline(blocks[0]))
        {
            Headline = blocks[0];
            first = 1;
        }

        // Date line and byline may follow the headline in either order.
        for (var k = 0; k < 2 && first < blocks.Count - 1; k++)
        {
            var s = Slice(blocks[first]);
            if (Dateline is null && MayBeDateLine(s) && DateLine.IsMatch(s))
            {
                Dateline = blocks[first];
                first++;
            }
            else if (BylineNames is null && s.Length < 120 && MayBeByline(s) && Byline.Match(s) is { Success: true } by)
            {
                BylineNames = BylineWithoutAffiliation(by.Groups["names"].Value.Trim());
                first++;
            }
        }

        var last = blocks.Count - 1;
        var credits = new List<string>();
        // Credit lines are short: a longer paragraph is not cut out of the text to be tried.
        while (last > first && blocks[last].Length <= MaxCreditLength && ParseCredits(Slice(blocks[last]), credits))
        {
            last--;
        }
        credits.Reverse();
        Credits = credits;

        var body = new List<TextRange>();
        for (var i = first; i <= last; i++) body.Add(blocks[i]);
        if (body.Count == 0 && blocks.Count > 0)
        {
            // Only a headline-like line: it is the body.
            Headline = null;
            body.AddRange(blocks);
        }
        Paragraphs = body;

        Lede = body.Count > 0 ? body[0] : new TextRange(0, 0);
        if (body.Count > 0)
        {
            var m = MayStartWithWireDateline(body[0]) ? WireDateline.Match(Slice(body[0])) : Match.Empty;
            if (m.Success && m.Length < body[0].Length && m.Length <= MaxWireDatelineLength)
            {
                Dateline ??= new TextRange(body[0].Start, m.Value.TrimEnd().Length);
                Lede = new TextRange(body[0].Start + m.Length, body[0].Length - m.Length);
            }
        }
    }

    public string Text { get; }
    public TextRange? Headline { get; }
    public TextRange? Dateline { get; private set; }
    public string? BylineNames { get; }
    public IReadOnlyList<TextRange> Paragraphs { get; }
    public TextRange Lede { get; }
    public IReadOnlyList<string> Credits { get; }

    public string Slice(TextRange r) => Text.Substring(r.Start, r.Length);

    private const int MaxCreditLength = 160;

    private const int MaxWireDatelineLength = 80;

    /// <summary>
    /// A wire dateline holds "(" or a dash; one that is kept is at most <see cref="MaxWireDatelineLength"/> characters
    /// long, so a paragraph without either among its first characters is not given to the expression at all.
    /// </summary>
    private bool MayStartWithWireDateline(TextRange paragraph) =>
        Text.IndexOfAny(WireDatelineMarks, paragraph.Start, Math.Min(paragraph.Length, MaxWireDatelineLength)) >= 0;

    private static readonly char[] WireDatelineMarks = { '(', '—', '–', '-' };

    /// <summary>A date line holds a digit (<c>\d</c>, any decimal digit) and a byline starts with "By": the expressions are asked only then.</summary>
    private static bool MayBeDateLine(string s)
    {
        foreach (var c in s)
        {
            if (char.IsDigit(c)) return true;
        }
        return false;
    }

    private static bool MayBeByline(string s) => s.StartsWith("By", StringComparison.Ordinal);

    private bool LooksLikeHeadline(TextRange block)
    {
        if (block.Length > 200) return false;
        var s = Slice(block);
        if (s.IndexOfAny(new[] { '\n', '\r', '\u2028', '\u2029', '\u0085' }) >= 0) return false;
        var words = s.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Length;
        if (words > 30) return false;
        var end = s.TrimEnd('"', '”', '’', '\'', '»', ')');
        if (end.Length == 0 || end.EndsWith(".", StringComparison.Ordinal) && !end.EndsWith("...", StringComparison.Ordinal)) return false;
        if ((MayBeDateLine(s) && DateLine.IsMatch(s)) || (MayBeByline(s) && Byline.IsMatch(s))) return false;
        return true;
    }

    /// <summary>"Jane Doe and John Roe, Associated Press" → "Jane Doe and John Roe": a last part that is an organization goes.</summary>
    private static string BylineWithoutAffiliation(string names)
    {
        var comma = names.LastIndexOf(',');
        if (comma < 0) return names;
        var last = names.Substring(comma + 1).Trim();
        var words = last.Split(' ');
        var isOrg = Lexicon.Lexicons.Organizations.ContainsKey(last)
            || Array.Exists(words, w => Lexicon.Lexicons.OrgKeywords.Contains(w) || w is "Staff" or "Writer" or "Correspondent" or "Reporter" or "Press");
        return isOrg ? names.Substring(0, comma).Trim() : names;
    }

    private static bool ParseCredits(string paragraph, List<string> credits)
    {
        if (paragraph.Length > MaxCreditLength) return false;
        // "With …" and "(With …", and "… by …" in any case: the expressions are asked only of lines that may match.
        var with = paragraph.StartsWith("With", StringComparison.Ordinal) || paragraph.StartsWith("(With", StringComparison.Ordinal)
            ? WithCredit.Match(paragraph) : Match.Empty;
        if (with.Success)
        {
            var parts = Regex.Split(with.Groups["list"].Value, @"\s*(?:,|\band\b|&)\s*");
            var found = new List<string>();
            foreach (var p in parts)
            {
                var name = p.Trim().TrimEnd('.');
                if (name.Length > 0) found.Add(name);
            }
            if (found.Count == 0) return false;
            found.Reverse();
            credits.AddRange(found);
            return true;
        }
        if (paragraph.IndexOf("by", StringComparison.OrdinalIgnoreCase) >= 0 && ByCredit.IsMatch(paragraph))
        {
            var found = new List<string>();
            foreach (var clause in paragraph.Trim('(', ')', ' ').Split(';'))
            {
                var at = clause.IndexOf(" by ", StringComparison.OrdinalIgnoreCase);
                if (at < 0) continue;
                foreach (var p in Regex.Split(clause.Substring(at + 4), @"\s*(?:,|\band\b|&)\s*"))
                {
                    var name = p.Trim().TrimEnd('.', ')');
                    if (name.Length > 0 && char.IsUpper(name[0]) && !found.Contains(name)) found.Add(name);
                }
            }
            if (found.Count == 0) return false;
            found.Reverse();
            credits.AddRange(found);
            return true;
        }
        return false;
    }

    /// <summary>
    /// Paragraphs are blocks separated by blank lines; a text without any blank line between text lines has one
    /// paragraph per line. Each range is trimmed of surrounding white space.
    /// </summary>
    [MethodImpl(Hot.Loop)]
    public static List<TextRange> SplitParagraphs(string text, CancellationToken cancellationToken = default)
    {
        var lines = new List<TextRange>(); // trimmed, empty for blank lines
        var i = 0;
        while (i <= text.Length)
        {
            if ((lines.Count & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
            var start = i;
            i = text.IndexOfAny(LineIndex.LineBreaks, i);
            if (i < 0) i = text.Length;
            var end = i;
            var s = start;
            while (s < end && IsBlank(text[s])) s++;
            var e = end;
            while (e > s && IsBlank(text[e - 1])) e--;
            lines.Add(new TextRange(s, e - s));
            if (i >= text.Length) break;
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            i++;
        }

        var hasBlankSeparator = false;
        for (var k = 1; k < lines.Count - 1 && !hasBlankSeparator; k++)
        {
            if (lines[k].Length == 0 && lines[k - 1].Length > 0)
            {
                for (var j = k + 1; j < lines.Count; j++)
                {
                    if (lines[j].Length > 0) { hasBlankSeparator = true; break; }
                }
            }
        }

        var blocks = new List<TextRange>();
        var blockStart = -1;
        var blockEnd = -1;
        for (var n = 0; n < lines.Count; n++)
        {
            var line = lines[n];
            if (line.Length == 0 || !hasBlankSeparator || (blockStart >= 0 && EndsParagraph(text, lines[n - 1])))
            {
                if (blockStart >= 0) blocks.Add(new TextRange(blockStart, blockEnd - blockStart));
                blockStart = -1;
                if (line.Length == 0) continue;
            }
            if (blockStart < 0) blockStart = line.Start;
            blockEnd = line.End;
        }
        if (blockStart >= 0) blocks.Add(new TextRange(blockStart, blockEnd - blockStart));
        return blocks;
    }

    /// <summary>
    /// In a text with blank lines, a single line break still ends a paragraph when the line before it ends a sentence
    /// (many feeds mix both): hard-wrapped lines end mid-sentence and stay together.
    /// </summary>
    private static bool EndsParagraph(string text, TextRange line)
    {
        if (line.Length == 0) return false;
        var c = text[line.End - 1];
        return c is '.' or '!' or '?' or '”' or '"' or '’' or ':' or ')' || (line.Length < 60 && !char.IsLower(c) && c != ',');
    }

    private static bool IsBlank(char c) => c is ' ' or '\t' or '\u00A0' or '\f' or '\v' or '\uFEFF' or '\u200B' || (char.IsWhiteSpace(c) && !LineIndex.IsLineBreak(c)) || (char.IsControl(c) && !LineIndex.IsLineBreak(c));
}
