namespace PolicyQuiz.Storage;

/// <summary>What an import did with a pack.</summary>
public enum ImportOutcome
{
    /// <summary>The pack was new to the bank (or a removed pack came back).</summary>
    Imported,

    /// <summary>A newer version (or a forced one) replaced the stored one; progress kept by question id.</summary>
    Updated,

    /// <summary>The same version with the same content is already there: nothing to do.</summary>
    Unchanged,

    /// <summary>Same version with other content, or an older version, without force: the bank is untouched.</summary>
    Refused,

    /// <summary>Seeding bundled packs only: the bank already has this version or a newer one, or the pack was removed.</summary>
    Skipped,
}
