namespace PolicyQuiz.Core.Study;

/// <summary>
/// A short list of names that are valid answers in their own right: countries and a few places and
/// groupings that turn up in foreign-policy news. A typed answer that is exactly one of these (after
/// normalising) is never taken as a typo of another answer: "Austria" is not a near miss for
/// "Australia", nor "Iraq" for "Iran".
/// </summary>
public static class KnownEntities
{
    private static readonly string[] Names =
    [
        // countries
        "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia", "Australia",
        "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium",
        "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia", "Botswana", "Brazil", "Brunei", "Bulgaria",
        "Burkina Faso", "Burundi", "Cambodia", "Cameroon", "Canada", "Chad", "Chile", "China",
        "Colombia", "Comoros", "Congo", "Costa Rica", "Croatia", "Cuba", "Cyprus", "Czechia",
        "Denmark", "Djibouti", "Dominica", "Dominican Republic", "Ecuador", "Egypt", "El Salvador",
        "Eritrea", "Estonia", "Eswatini", "Ethiopia", "Fiji", "Finland", "France", "Gabon", "Gambia",
        "Georgia", "Germany", "Ghana", "Greece", "Grenada", "Guatemala", "Guinea", "Guinea-Bissau",
        "Guyana", "Haiti", "Honduras", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq",
        "Ireland", "Israel", "Italy", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kiribati",
        "Kosovo", "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya",
        "Liechtenstein", "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia", "Maldives",
        "Mali", "Malta", "Mauritania", "Mauritius", "Mexico", "Moldova", "Monaco", "Mongolia",
        "Montenegro", "Morocco", "Mozambique", "Myanmar", "Namibia", "Nauru", "Nepal", "Netherlands",
        "New Zealand", "Nicaragua", "Niger", "Nigeria", "North Korea", "North Macedonia", "Norway",
        "Oman", "Pakistan", "Palau", "Palestine", "Panama", "Papua New Guinea", "Paraguay", "Peru",
        "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda", "Samoa",
        "San Marino", "Saudi Arabia", "Senegal", "Serbia", "Seychelles", "Sierra Leone", "Singapore",
        "Slovakia", "Slovenia", "Somalia", "South Africa", "South Korea", "South Sudan", "Spain",
        "Sri Lanka", "Sudan", "Suriname", "Sweden", "Switzerland", "Syria", "Taiwan", "Tajikistan",
        "Tanzania", "Thailand", "Togo", "Tonga", "Tunisia", "Turkey", "Turkmenistan", "Tuvalu",
        "Uganda", "Ukraine", "United Arab Emirates", "United Kingdom", "United States", "Uruguay",
        "Uzbekistan", "Vanuatu", "Venezuela", "Vietnam", "Yemen", "Zambia", "Zimbabwe",

        // places and groupings easily confused with one another
        "Greenland", "Iceland", "Gaza", "West Bank", "Crimea", "Donbas", "Kursk", "Kharkiv", "Kherson",
        "Kyiv", "Moscow", "Washington", "Beijing", "Brussels", "Geneva", "Genoa", "Riyadh", "Doha",
        "Dubai", "Muscat", "Tehran", "Tel Aviv", "Jerusalem", "Damascus", "Baghdad", "Cairo", "Ankara",
        "Istanbul", "Vienna", "Vientiane", "Paris", "London", "Berlin", "Rome", "Tokyo", "Seoul",
        "Beirut", "Panama City", "Caracas", "Havana", "Nuuk", "Copenhagen", "Stockholm", "Oslo",
        "Helsinki", "Warsaw", "Minsk", "Baku", "Yerevan", "Tbilisi", "Alaska", "Arctic", "Antarctica",
        "Austria-Hungary", "Indiana", "Columbia", "Georgia", "Guyana", "Ghana", "Gabon",
        "European Union", "NATO", "United Nations", "Hamas", "Hezbollah", "Houthis",
    ];

    private static readonly Lazy<HashSet<string>> Normalized = new(() =>
        new HashSet<string>(Names.Select(AnswerText.Normalize), StringComparer.Ordinal));

    /// <summary>The list, normalised with <see cref="AnswerText.Normalize"/>.</summary>
    public static IReadOnlySet<string> All => Normalized.Value;

    /// <summary>True when <paramref name="normalized"/> (already normalised) names a known entity.</summary>
    public static bool Contains(string normalized) => Normalized.Value.Contains(normalized);
}
