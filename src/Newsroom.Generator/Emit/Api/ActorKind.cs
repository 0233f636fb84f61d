// Newsroom's fixed API: Article, Quote, Actor and their lists. The generator copies this file into every project
// that uses Newsroom, in the project's namespace and visibility (src/Newsroom.Generator/Emit/Api/ in the repository).
#nullable enable

namespace Newsroom
{
    /// <summary>What an actor is.</summary>
    public enum ActorKind
    {
        /// <summary>A person.</summary>
        Person,

        /// <summary>A company, ministry, agency, party or other organization.</summary>
        Organization,

        /// <summary>A country, city or region.</summary>
        Place,
    }
}
