using System;
using System.Collections.Generic;
using Newsroom.Generator.Extraction.Lexicon;
using Newsroom.Generator.Extraction.Text;

namespace Newsroom.Generator.Extraction.Actors;

/// <summary>
/// A person's role: role words before the name (<c>Chinese Foreign Ministry spokesman Wang Wenbin</c>, not a relation
/// such as <c>his predecessor</c>), an appositive before it set off by a comma (<c>Singapore’s foreign minister, Vivian
/// Balakrishnan,</c>) or after it (<c>Name, the ROLE,</c>, <c>Name, who is now ROLE,</c>), each offered at its rank.
/// A title printed in the run itself (<c>President</c>) is cut off in <c>CapitalisedRuns.cs</c> and offered as the
/// mention is added.
/// </summary>
internal sealed partial class ActorFinder
{
    private static readonly HashSet<string> RoleModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "vice", "deputy", "chief", "senior", "former", "foreign", "national", "security", "executive", "general",
        "assistant", "acting", "interim", "press", "campaign", "defense", "defence", "finance", "prime", "state",
        "top", "lead", "principal", "associate", "managing", "communications", "political", "economic", "military",
        "health", "interior", "justice", "trade", "home", "education", "energy", "environment", "agriculture",
        "labor", "labour", "transport", "culture", "regional", "local", "federal", "district", "county", "city",
        "police", "fire", "government", "party", "opposition", "presidential", "white", "house", "policy",
        "development", "affairs", "intelligence", "staff", "news", "research", "legal", "medical", "public",
    };

    private bool IsRoleNoun(Token t) => Lexicons.RoleNouns.Contains(t.Text) || (char.IsLower(t.First) && _pool.ClassesOf(t).Is(WordClass.Title));

    private void FindRoles(Run r)
    {
        var actor = FindPerson(r.Name);
        if (actor is null) return;
        var tokens = _tokens[r.Paragraph];

        var after = AppositiveRole(r);
        if (after is not null) actor.OfferRole(after.Value.Role, after.Value.Rank);

        // "Chinese Foreign Ministry spokesman Wang Wenbin", "Microsoft co-founder Bill Gates"
        var k = r.RunFrom - 1;
        if (k >= 0 && IsRoleNoun(tokens[k]))
        {
            var s = k;
            while (s - 1 >= 0 && IsRolePart(tokens[s - 1])) s--;
            // "his predecessor Tom Reyes", "her husband Tom": a relation, not a role.
            var relation = s == k && s > 0 && tokens[s - 1].Text is "his" or "her" or "their" or "its" or "my" or "our" or "your";
            if (!relation) actor.OfferRole(Clean(Slice(tokens, s, k + 1)), RoleRank.Premodifier);
        }

        // "Singapore’s foreign minister, Vivian Balakrishnan,"
        if (r.RunFrom >= 2 && tokens[r.RunFrom - 1].Text == "," && IsRoleNoun(tokens[r.RunFrom - 2]))
        {
            var e = r.RunFrom - 1;
            var s = e - 1;
            while (s - 1 >= 0 && IsRolePart(tokens[s - 1])) s--;
            // Drop a person's possessive ("Biden’s national security adviser"), keep a place's ("Singapore’s").
            if (s + 1 < e && tokens[s + 1].IsPossessive && FindPerson(tokens[s].Text) is not null) s += 2;
            if (s < e) actor.OfferRole(Clean(Slice(tokens, s, e)), RoleRank.AppositiveBefore);
        }
    }

    private bool IsRolePart(Token t) =>
        t.IsPossessive || (t.IsCapitalized && !Has(t, WordClass.NotName)) || IsRoleNoun(t)
        || RoleModifiers.Contains(t.Text) || t.Text is "of" or "for";

    /// <summary>"Name, the ROLE," / "Name, who is now ROLE," / "Name, then ROLE." — a role noun must come early.</summary>
    private (string Role, int Rank)? AppositiveRole(Run r)
    {
        if (r.AppositiveRank == Run.NotRead)
        {
            var read = ReadAppositiveRole(r);
            r.AppositiveRole = read?.Role;
            r.AppositiveRank = read?.Rank ?? int.MaxValue;
        }
        return r.AppositiveRole is { } role ? (role, r.AppositiveRank) : null;
    }

    private (string Role, int Rank)? ReadAppositiveRole(Run r)
    {
        var tokens = _tokens[r.Paragraph];
        var i = r.To + (r.Possessive ? 1 : 0);
        if (i >= tokens.Count || tokens[i].Text != ",") return null;
        i++;
        var rank = RoleRank.AppositiveAfter;
        if (i + 1 < tokens.Count && tokens[i].Text == "who" && tokens[i + 1].Text is "is" or "was" or "has" or "had")
        {
            rank = tokens[i + 1].Text is "is" or "has" ? RoleRank.WhoIs : RoleRank.WhoWas;
            i += 2;
            if (i < tokens.Count && tokens[i].Text == "been") i++;
        }
        while (i < tokens.Count && tokens[i].Text is "now" or "then" or "currently" or "also") i++;
        var roleStart = i;
        while (i < tokens.Count && tokens[i].Text is "the" or "a" or "an") i++;
        // A role opens with a role noun, a modifier or a name ("US secretary", "chief diplomat", "vice president"),
        // not a verb ("who is running for president").
        if (i >= tokens.Count) return null;
        var opener = tokens[i];
        var secondIsRole = i + 1 < tokens.Count && IsRoleNoun(tokens[i + 1]);
        if (!(IsRoleNoun(opener) || RoleModifiers.Contains(opener.Text) || opener.IsCapitalized || secondIsRole
            || (i + 1 < tokens.Count && tokens[i + 1].IsPossessive))) return null;
        var end = i;
        var sawRoleNoun = false;
        while (end < tokens.Count && end - roleStart < 16)
        {
            var t = tokens[end];
            if (t.Kind == TokenKind.Punctuation || t.Kind == TokenKind.QuoteMark) break;
            // Not "and" inside a name ("chairman of the House Oversight and Reform Committee").
            var inName = t.Text == "and" && end > roleStart && tokens[end - 1].IsCapitalized && end + 1 < tokens.Count && tokens[end + 1].IsCapitalized;
            if (t.Text is "who" or "which" or "said" or "says" or "and" && sawRoleNoun && !inName) break;
            if (IsRoleNoun(t)) sawRoleNoun = true;
            else if (!sawRoleNoun && end - roleStart > 6) return null;
            end++;
        }
        if (!sawRoleNoun || end == roleStart) return null;
        var stop = end < tokens.Count ? tokens[end].Text : ".";
        if (stop is not ("," or "." or "—" or "–" or ";" or ")" or "-" or "said" or "says" or "and")) return null;
        while (roleStart < end && tokens[roleStart].Text is "the" or "a" or "an") roleStart++;
        return (Clean(Slice(tokens, roleStart, end)), rank);
    }

    private string Slice(List<Token> tokens, int from, int to) =>
        from >= to ? "" : NormalizeSpace(_text, tokens[from].Start, tokens[to - 1].End - tokens[from].Start);

    private static string Clean(string role) => role.Trim().TrimEnd(',', '.', ';');
}
