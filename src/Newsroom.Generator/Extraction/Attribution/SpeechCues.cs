using System;
using System.Collections.Generic;
using Newsroom.Generator.Extraction.Actors;
using Newsroom.Generator.Extraction.Lexicon;
using Newsroom.Generator.Extraction.Text;

namespace Newsroom.Generator.Extraction.Attribution;

/// <summary>Recognises reporting verbs (from <c>Lexicon/speech-verbs.txt</c>) and cue phrases in a token list.</summary>
internal static class SpeechCues
{
    /// <summary>
    /// A lower-case form of a reporting verb (<see cref="Lexicons.SpeechVerbForms"/>). The word pool keeps the answer for
    /// each word, as for <see cref="LemmaOf"/>: these are asked at nearly every token near a quote.
    /// </summary>
    public static bool IsVerb(Token t) => t.Kind == TokenKind.Word && char.IsLower(t.First) && WordPool.Current.ClassesOf(t).Is(WordClass.SpeechVerb);

    /// <summary>A reporting verb at <paramref name="i"/>, also the head of a two-word one (<c>fired back</c>, <c>pointed out</c>).</summary>
    public static bool IsVerbAt(List<Token> tokens, int i)
    {
        var t = tokens[i];
        // "will continue to be": not a reporting verb before an infinitive.
        if (IsVerb(t)) return !AfterDeterminer(tokens, i) && !(i + 1 < tokens.Count && tokens[i + 1].Text == "to" && LemmaOf(t) == "continue");
        return t.Kind == TokenKind.Word && char.IsLower(t.First) && i + 1 < tokens.Count && MultiwordVerbStarts.Contains(t.Text)
            && Lexicons.SpeechVerbForms.ContainsKey(t.Text + " " + tokens[i + 1].Text);
    }

    /// <summary>
    /// A noun, not a verb: a determiner right before it (<c>their statement</c>, <c>multiple states</c>), or one other than
    /// <c>the</c> before a capitalised word before it (<c>a Facebook note</c>; not <c>the Courier said</c>).
    /// </summary>
    private static bool AfterDeterminer(List<Token> tokens, int i)
    {
        if (i == 0) return false;
        if (IsDeterminer(tokens[i - 1].Text)) return true;
        // "a Facebook note", "his Facebook post" (not "the Courier said": a name after "the" may speak).
        return i >= 2 && tokens[i - 1].IsCapitalized && IsDeterminer(tokens[i - 2].Text) && tokens[i - 2].Text is not ("the" or "The");
    }

    private static bool IsDeterminer(string w) => w is "a" or "an" or "the" or "his" or "its" or "their" or "our" or "my" or "your"
        or "every" or "each" or "multiple" or "several" or "many" or "A" or "An" or "The" or "His" or "Its" or "Their" or "Our" or "My" or "Your";

    /// <summary>First words of the verbs of several words (<c>fired</c> of <c>fired back</c>): no other word is joined to its neighbour to be looked up.</summary>
    private static readonly HashSet<string> MultiwordVerbStarts = BuildMultiwordVerbStarts();

    private static HashSet<string> BuildMultiwordVerbStarts()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var form in Lexicons.SpeechVerbForms.Keys)
        {
            var space = form.IndexOf(' ');
            if (space >= 0) set.Add(form.Substring(0, space));
        }
        return set;
    }

    public static bool IsVerbIgnoringCase(Token t) => LemmaOf(t) is not null;

    /// <summary>The lemma of a reporting verb in any case (<c>Said</c> → <c>say</c>, <see cref="Lexicons.SpeechVerbFormsAnyCase"/>), else null.</summary>
    public static string? LemmaOf(Token t) => t.Kind == TokenKind.Word ? WordPool.Current.LemmaOf(t) : null;

    private static readonly HashSet<string> Invertible = new(StringComparer.Ordinal)
    {
        "say", "add", "write", "tweet", "post", "explain", "continue", "note", "recall", "declare", "insist", "quip",
        "reply", "exclaim", "joke", "argue", "observe", "warn", "conclude", "concede", "admit", "state", "muse", "laugh",
        "shout", "cry", "whisper", "remark", "comment", "announce", "acknowledge", "boast", "complain", "counter",
        "retort", "report", "predict", "promise", "recount", "reason", "respond", "sigh", "snap", "suggest", "mutter",
        "marvel", "wonder", "ask", "caution", "elaborate", "emphasize", "emphasise", "stress", "maintain", "contend",
        "assert", "claim", "confirm", "deny", "testify", "yell", "scream", "chant", "lament", "vow", "pledge", "plead", "agree", "disagree", "concur", "offer", "react", "opine", "gush", "rail", "scoff",
    };

    /// <summary>Verbs whose speaker may follow them (<c>said Russell</c>); after others the name is an object (<c>called X</c>).</summary>
    public static bool Inverts(Token t) => LemmaOf(t) is { } lemma && Invertible.Contains(lemma);

    public static bool IsNoun(Token t) => t.Kind == TokenKind.Word && char.IsLower(t.First) && Lexicons.SpeechNouns.Contains(t.Text);

    public static bool IsParticiple(Token t, bool ignoreCase = false) =>
        (ignoreCase ? IsVerbIgnoringCase(t) : IsVerb(t)) && t.Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    /// <summary>The cue phrases split into words once (the attributor asks at nearly every token before a quote).</summary>
    private static readonly string[][] PhraseWords = SplitPhrases();

    private static string[][] SplitPhrases()
    {
        var phrases = new string[Lexicons.SpeechPhrases.Count][];
        for (var k = 0; k < phrases.Length; k++) phrases[k] = Lexicons.SpeechPhrases[k].Split(' ');
        return phrases;
    }

    /// <summary>"according to" (or another phrase of the lexicon) starting at <paramref name="i"/>: its token count, else 0.</summary>
    public static int PhraseAt(List<Token> tokens, int i)
    {
        foreach (var words in PhraseWords)
        {
            if (i + words.Length > tokens.Count) continue;
            var ok = true;
            for (var k = 0; k < words.Length && ok; k++)
            {
                ok = string.Equals(tokens[i + k].Text, words[k], StringComparison.OrdinalIgnoreCase);
            }
            if (ok) return words.Length;
        }
        return 0;
    }

    /// <summary>Words that may stand between a speaker and the verb: "he also said", "Smith has said".</summary>
    public static bool IsAuxiliaryOrAdverb(Token t) => t.Text is "also" or "later" or "then" or "has" or "had" or "have"
        or "would" or "will" or "could" or "previously" or "earlier" or "again" or "further" or "simply" or "recently"
        or "once" or "told" or "reportedly" or "quickly" or "separately" or "repeatedly" or "often" or "frequently"
        or "publicly" or "privately" or "flatly" or "angrily" or "bluntly" or "candidly" or "is" or "was" or "were"
        or "are" or "being" or "been" or "did" or "does" or "not" or "never" or "only" or "just" or "first" or "finally";
}
