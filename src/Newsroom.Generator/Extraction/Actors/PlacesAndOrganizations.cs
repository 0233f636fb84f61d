using System.Collections.Generic;
using Newsroom.Generator.Extraction.Lexicon;
using Newsroom.Generator.Extraction.Model;
using Newsroom.Generator.Extraction.Text;

namespace Newsroom.Generator.Extraction.Actors;

/// <summary>
/// Places and organizations: a run is one when the lexicons know it (under their canonical name), when an organization
/// keyword is among its capitalised words (<c>Ministry</c>, <c>Institute</c>) or a known organization ends it
/// (<c>US House of Representatives</c>); an acronym that speaks (<c>ACME said</c>) is an organization; and a person's
/// name before <c>administration</c> or <c>government</c> names that government, not the person.
/// </summary>
internal sealed partial class ActorFinder
{
    private static bool IsAcronym(string w)
    {
        if (w.Length < 2 || w.Length > 6) return false;
        foreach (var c in w)
        {
            if (!char.IsUpper(c)) return false;
        }
        return true;
    }

    private ActorKind? Classify(List<Token> tokens, int start, int end)
    {
        if (end - start == 1)
        {
            var word = Word(start);
            if (word.Is(WordClass.Organization)) return ActorKind.Organization;
            if (word.Is(WordClass.Place)) return ActorKind.Place;
        }
        else if (MayBePlaceOrOrganization(start, end))
        {
            var text = Join(tokens, start, end);
            if (Lexicons.Organizations.ContainsKey(text)) return ActorKind.Organization;
            if (Lexicons.Places.ContainsKey(text)) return ActorKind.Place;
        }
        if (IsOrgWord(tokens, start, end)) return ActorKind.Organization;
        // "US House of Representatives", "Chinese Communist Party": a known organization at the end of the run.
        for (var k = start + 1; k <= end - 2; k++)
        {
            if (Word(k).Is(WordClass.MultiwordStart) && Lexicons.Organizations.ContainsKey(Join(tokens, k, end))) return ActorKind.Organization;
        }
        return null;
    }

    private bool MayBePlaceOrOrganization(int start, int end) =>
        end - start == 1 || (end - start > 1 && Word(start).Is(WordClass.MultiwordStart));

    private bool IsOrgWord(List<Token> tokens, int start, int end)
    {
        return HasKeyword(tokens, start, end);
    }

    private static string Canonical(string name, ActorKind kind) =>
        kind == ActorKind.Place && Lexicons.Places.TryGetValue(name, out var p) ? p
        : kind == ActorKind.Organization && Lexicons.Organizations.TryGetValue(name, out var o) ? o
        : name;

    /// <summary>
    /// "the Biden administration", "the Trudeau government": a person's name before <c>administration</c> or
    /// <c>government</c> names an organization (which speaks: "the Biden administration has said …"), not the person.
    /// </summary>
    private void GovernmentsOfPersons()
    {
        HashSet<Actor>? replaced = null;
        for (var i = 0; i < _mentions.Count; i++)
        {
            var m = _mentions[i];
            if (m.Actor!.Kind != ActorKind.Person || m.Possessive) continue;
            var tokens = _tokens[m.Paragraph];
            var k = Attribution.Attributor.FirstTokenAt(tokens, m.End);
            if (k < 0 || tokens[k].Text is not ("administration" or "government")) continue;
            var name = m.Surface + " " + tokens[k].Text;
            var byName = _actorByName[(int)ActorKind.Organization];
            if (!byName.TryGetValue(name, out var body))
            {
                body = new Actor(name, ActorKind.Organization, m.Start);
                _actors.Add(body);
                byName[name] = body;
            }
            replaced ??= new HashSet<Actor>();
            replaced.Add(m.Actor);
            _mentions[i] = new Mention(m.Start, tokens[k].End, m.Paragraph, name, ActorKind.Organization)
            {
                Actor = body,
                InQuote = m.InQuote,
                // "the Biden administration's spokesman": the organization is the possessor.
                Possessive = k + 1 < tokens.Count && tokens[k + 1].IsPossessive,
            };
        }
        if (replaced is null) return;
        // A person named only in "the Trump administration" is not named in the article at all.
        foreach (var m in _mentions) replaced.Remove(m.Actor!);
        _actors.RemoveAll(a => replaced.Contains(a));
    }
}
