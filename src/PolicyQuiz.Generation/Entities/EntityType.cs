namespace PolicyQuiz.Generation;

/// <summary>What a mention names. Distractors are drawn from the same type.</summary>
public enum EntityType : byte
{
    Unknown,
    Person,
    Country,
    City,
    Region,
    Place,
    Organisation,
    Media,
    Event,
    Document,
    Thing,
    Time,
    Duration,
    Money,
    Percent,
    Count,
    Nationality,
}

public static class EntityTypes
{
    public static bool IsPlace(this EntityType type) => type is EntityType.Country or EntityType.City or EntityType.Region or EntityType.Place;

    public static bool IsAgent(this EntityType type) => type is EntityType.Person or EntityType.Organisation or EntityType.Media or EntityType.Country;

    public static bool IsAmount(this EntityType type) => type is EntityType.Money or EntityType.Percent or EntityType.Count or EntityType.Duration;
}
