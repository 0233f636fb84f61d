// Newsroom's fixed API: Article, Quote, Actor and their lists. The generator copies this file into every project
// that uses Newsroom, in the project's namespace and visibility (src/Newsroom.Generator/Emit/Api/ in the repository).
#nullable enable

namespace Newsroom
{
    /// <summary>Whether a quote is whole sentences of speech, a fragment inside the writer's sentence, or reported speech without quotation marks.</summary>
    public enum QuoteKind
    {
        /// <summary>Whole sentences of speech: <c>“Intense competition requires sustained diplomacy…,” he said.</c></summary>
        Direct,

        /// <summary>A fragment inside the writer's own sentence: <c>he would seek to “responsibly manage our relationship”</c>.</summary>
        Partial,

        /// <summary>
        /// Reported speech without quotation marks, in the writer's words: the content of <c>Balakrishnan said the region
        /// wants …</c> or <c>Each side has priorities, said Russell</c>. No member under <c>Quotes.{Speaker}</c>.
        /// </summary>
        Indirect,
    }
}
