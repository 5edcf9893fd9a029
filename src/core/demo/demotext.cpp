// SPDX-License-Identifier: GPL-3.0-or-later
#include "demotext.h"

#include "demoencode.h"

namespace mailstore::core::demo {

namespace {

using namespace std::string_view_literals;

constexpr NamePart kFirst[] = {
    {"Anna", "anna"},         {"Jürgen", "juergen"},  {"Maria", "maria"}, {"Thomas", "thomas"},   {"Sophie", "sophie"},
    {"François", "francois"}, {"Lukas", "lukas"},     {"Zoë", "zoe"},     {"Michael", "michael"}, {"Julia", "julia"},
    {"Søren", "soeren"},      {"Laura", "laura"},     {"David", "david"}, {"Hélène", "helene"},   {"Peter", "peter"},
    {"Sarah", "sarah"},       {"José", "jose"},       {"Emma", "emma"},   {"Stefan", "stefan"},   {"Léa", "lea"},
    {"Daniel", "daniel"},     {"Katrin", "katrin"},   {"Jörg", "joerg"},  {"Claire", "claire"},   {"Martin", "martin"},
    {"Nina", "nina"},         {"Andreas", "andreas"}, {"Chloé", "chloe"}, {"Paul", "paul"},       {"Lisa", "lisa"},
    {"Mehmet", "mehmet"},     {"Ingrid", "ingrid"},   {"James", "james"}, {"Olivia", "olivia"},   {"Frank", "frank"},
    {"Birgit", "birgit"},     {"Noah", "noah"},       {"Mia", "mia"},     {"Björn", "bjoern"},    {"Élodie", "elodie"},
    {"Tobias", "tobias"},     {"Hannah", "hannah"},   {"Marco", "marco"}, {"Agnès", "agnes"},     {"Robert", "robert"},
    {"Sabine", "sabine"},     {"Ahmed", "ahmed"},     {"Eva", "eva"},
};

constexpr NamePart kLast[] = {
    {"Müller", "mueller"},     {"Schmidt", "schmidt"},   {"Dubois", "dubois"},   {"Smith", "smith"},
    {"Schröder", "schroeder"}, {"Martin", "martin"},     {"Becker", "becker"},   {"García", "garcia"},
    {"Wagner", "wagner"},      {"Lefèvre", "lefevre"},   {"Jones", "jones"},     {"Hoffmann", "hoffmann"},
    {"Weiß", "weiss"},         {"Moreau", "moreau"},     {"Brown", "brown"},     {"Schäfer", "schaefer"},
    {"Koch", "koch"},          {"Bernard", "bernard"},   {"Nielsen", "nielsen"}, {"Wilson", "wilson"},
    {"Krüger", "krueger"},     {"Fontaine", "fontaine"}, {"Yılmaz", "yilmaz"},   {"Zimmermann", "zimmermann"},
    {"Taylor", "taylor"},      {"Roux", "roux"},         {"Braun", "braun"},     {"Hartmann", "hartmann"},
    {"Lange", "lange"},        {"Jäger", "jaeger"},      {"Girard", "girard"},   {"Evans", "evans"},
    {"Köhler", "koehler"},     {"Mercier", "mercier"},   {"Walker", "walker"},   {"Vogel", "vogel"},
    {"Åberg", "aberg"},        {"Novák", "novak"},       {"Rossi", "rossi"},     {"Fischer", "fischer"},
    {"Lambert", "lambert"},    {"Clarke", "clarke"},
};

constexpr RoleAccount kRoles[] = {
    {"info", "Info"},
    {"support", "Support Team"},
    {"sales", "Sales"},
    {"billing", "Billing"},
    {"office", "Office"},
    {"jobs", "Jobs & Careers"},
    {"postmaster", "Postmaster"},
    {"press", "Press Office"},
    {"hr", "Human Resources"},
    {"kontakt", "Kontakt"},
    {"buchhaltung", "Buchhaltung"},
    {"admin", "Administrator"},
    {"newsletter", "Newsletter"},
    {"team", "Team"},
    {"helpdesk", "Helpdesk"},
};

constexpr StoreDomain kDomains[] = {
    {"mail.example.com", 0.30}, {"example.org", 0.24},       {"example.net", 0.18},
    {"beispiel-gmbh.de", 0.16}, {"lists.example.com", 0.06}, {"atelier.example.fr", 0.06},
};

constexpr std::string_view kExternal[] = {
    "customer.example",       "partner.example.net", "lieferant.example", "bank.example",   "shop.example",
    "university.example.edu", "agence.example.fr",   "gmail.example",     "web.example.de", "consulting.example.co.uk",
};

constexpr std::string_view kOrgs[] = {
    "Example Corp.",     "Beispiel GmbH", "Atelier Lumière SARL", "Northwind Traders",
    "Müller & Söhne KG", "Contoso Ltd",   "Fabrikam Inc.",        "Café Olé",
};

constexpr AttachmentKind kAttachments[] = {
    {"pdf", "application/pdf", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"sv, 45.0},
    {"jpg", "image/jpeg", "\xff\xd8\xff\xe0\x00\x10JFIF\x00"sv, 70.0},
    {"png", "image/png", "\x89PNG\r\n\x1a\n"sv, 30.0},
    {"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK\x03\x04\x14\x00\x06\x00"sv,
     25.0},
    {"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK\x03\x04\x14\x00\x06\x00"sv, 18.0},
    {"zip", "application/zip", "PK\x03\x04\x14\x00\x00\x00"sv, 60.0},
    {"ics", "text/calendar", "BEGIN:VCALENDAR\nVERSION:2.0\n"sv, 3.0},
    {"csv", "text/csv", "id;date;amount\n"sv, 6.0},
};

constexpr std::string_view kFolders[] = {
    "Entwürfe", "Équipe", "Reçus", "Büro", "Projekte", "Receipts", "Newsletters", "Kunden & Partner", "Privé", "Travel",
};

constexpr std::string_view kTopicsEn[] = {
    "the Q3 report",      "the website relaunch",  "the new contract", "our offsite",       "the budget",
    "server maintenance", "the customer workshop", "the release",      "the annual review", "the Berlin trip",
    "onboarding",         "the invoice",
};
constexpr std::string_view kTopicsDe[] = {
    "das Angebot",
    "die Jahresplanung",
    "den Relaunch",
    "die Übergabe",
    "das Kick-off-Meeting",
    "die Rechnung",
    "den Wartungsvertrag",
    "die Schulung",
    "die Präsentation",
    "das Budget für 2026",
    "die Dienstreise nach München",
};
constexpr std::string_view kTopicsFr[] = {
    "le devis",   "la réunion d'équipe", "le compte rendu", "le budget prévisionnel",
    "la facture", "le séminaire",        "la livraison",    "le contrat de maintenance",
};

constexpr std::string_view kSubjectsEn[] = {
    "Meeting about {t}",
    "Re: {T}",
    "Fwd: {T}",
    "Invoice {n}",
    "Quick question about {t}",
    "Your order {n} has shipped",
    "Reminder: {T} on {d}",
    "Notes from {d}",
    "Re: Re: {T}",
    "Draft: {T}",
    "Weekly update",
    "Lunch on {d}?",
    "Out of office",
    "Action required: {t}",
    "Thanks!",
    "Welcome aboard 🎉",
    "Photos from {d}",
};
constexpr std::string_view kSubjectsDe[] = {
    "Rechnung Nr. {n}",
    "AW: {T}",
    "WG: {T}",
    "Termin am {d}",
    "Angebot für {t}",
    "Ihre Bestellung {n} wurde versandt",
    "Rückfrage zu {t}",
    "Grüße aus München",
    "Übergabe {t}",
    "Protokoll vom {d}",
    "Kurze Frage",
    "Einladung: {T}",
    "Urlaubsvertretung ab {d}",
    "Änderungen an {t}",
};
constexpr std::string_view kSubjectsFr[] = {
    "Réunion de l'équipe du {d}",        "RE: {T}",         "TR: {T}",          "Facture n° {n}", "Compte rendu : {t}",
    "Votre commande {n} a été expédiée", "Question rapide", "Invitation : {T}", "Congés d'été",   "À propos de {t}",
};

constexpr std::string_view kDaysEn[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
constexpr std::string_view kDaysDe[] = {"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"};
constexpr std::string_view kDaysFr[] = {"lundi", "mardi", "mercredi", "jeudi", "vendredi"};

constexpr std::string_view kSentencesEn[] = {
    "Thanks for sending this over so quickly.",
    "I had a look at {t} and have a few comments.",
    "Could we move the call to {d} afternoon?",
    "Please find the updated numbers attached.",
    "As discussed, the deadline for {t} stays at the end of the month.",
    "Let me know if anything is unclear.",
    "The team agreed to go ahead with the second option.",
    "I will be out of the office until {d}, but I can check mail in the evening.",
    "We still need a decision on {t} before we can order the hardware.",
    "The customer asked whether the delivery could be split in two.",
    "Sorry for the late reply, it has been a busy week.",
    "I have added your remarks to the shared document.",
    "Can you confirm that the invoice address is still correct?",
    "The test run last night finished without errors.",
};
constexpr std::string_view kSentencesDe[] = {
    "Vielen Dank für die schnelle Rückmeldung.",
    "Ich habe mir {t} angesehen und hätte noch ein paar Anmerkungen.",
    "Können wir das Telefonat auf {d} verschieben?",
    "Anbei finden Sie die überarbeiteten Unterlagen.",
    "Wie besprochen bleibt der Termin für {t} bestehen.",
    "Bei Fragen melden Sie sich gerne jederzeit.",
    "Das Team hat sich für die zweite Variante entschieden.",
    "Ich bin bis {d} nicht im Büro, lese aber gelegentlich meine E-Mails.",
    "Für {t} brauchen wir noch eine Freigabe der Geschäftsführung.",
    "Der Kunde möchte wissen, ob eine Teillieferung möglich ist.",
    "Entschuldigen Sie die späte Antwort, die Woche war sehr voll.",
    "Die Änderungen sind jetzt im gemeinsamen Dokument eingetragen.",
    "Könnten Sie bitte die Rechnungsanschrift bestätigen?",
    "Größere Änderungen würde ich gern vorher kurz abstimmen.",
};
constexpr std::string_view kSentencesFr[] = {
    "Merci pour votre retour rapide.",
    "J'ai relu {t} et j'ai quelques remarques.",
    "Pouvons-nous décaler l'appel à {d} après-midi ?",
    "Vous trouverez ci-joint les documents mis à jour.",
    "Comme convenu, l'échéance pour {t} reste fixée à la fin du mois.",
    "N'hésitez pas à me contacter si besoin.",
    "L'équipe a choisi la deuxième option.",
    "Je serai absent jusqu'à {d}, mais je consulterai mes e-mails.",
    "Il nous faut encore une décision sur {t} avant de commander le matériel.",
    "Le client demande si la livraison peut être réalisée en deux fois.",
    "Désolé pour ma réponse tardive, la semaine a été très chargée.",
};

struct LanguageText {
    std::span<const std::string_view> subjects, topics, days, sentences;
    std::string_view hello, helloGeneric, bye;
};

LanguageText text(Language lang)
{
    switch (lang) {
    case Language::German:
        return {kSubjectsDe, kTopicsDe, kDaysDe, kSentencesDe, "Hallo ", "Guten Tag,", "Viele Grüße"};
    case Language::French:
        return {kSubjectsFr, kTopicsFr, kDaysFr, kSentencesFr, "Bonjour ", "Madame, Monsieur,", "Cordialement"};
    case Language::English:
        break;
    }
    return {kSubjectsEn, kTopicsEn, kDaysEn, kSentencesEn, "Hi ", "Hello,", "Best regards"};
}

std::string_view pickFrom(Rng &rng, std::span<const std::string_view> list)
{
    return list[static_cast<std::size_t>(rng.below(list.size()))];
}

// Fills {t} (topic), {T} (capitalised topic), {d} (weekday) and {n} (number).
std::string expand(Rng &rng, const LanguageText &lt, std::string_view pattern)
{
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] != '{' || i + 2 >= pattern.size() || pattern[i + 2] != '}') {
            out += pattern[i];
            continue;
        }
        const char key = pattern[i + 1];
        i += 2;
        if (key == 't' || key == 'T') {
            std::string topic(pickFrom(rng, lt.topics));
            if (key == 'T' && !topic.empty() && topic[0] >= 'a' && topic[0] <= 'z')
                topic[0] = static_cast<char>(topic[0] - 'a' + 'A');
            out += topic;
        } else if (key == 'd') {
            out += pickFrom(rng, lt.days);
        } else if (key == 'n') {
            appendDecimal(out, static_cast<std::uint64_t>(rng.between(10000, 99999)));
        }
    }
    return out;
}

std::size_t utf8Length(std::string_view s)
{
    std::size_t n = 0;
    for (const char c : s)
        n += (static_cast<unsigned char>(c) & 0xc0) != 0x80 ? 1 : 0;
    return n;
}

// Greedy wrap at 72 columns, the width mail clients use for plain text.
void appendWrapped(std::string &out, std::string_view para)
{
    std::size_t column = 0;
    std::size_t start = 0;
    while (start < para.size()) {
        std::size_t end = para.find(' ', start);
        if (end == std::string_view::npos)
            end = para.size();
        const std::string_view word = para.substr(start, end - start);
        const std::size_t len = utf8Length(word);
        if (column > 0 && column + 1 + len > 72) {
            out += '\n';
            column = 0;
        } else if (column > 0) {
            out += ' ';
            ++column;
        }
        out += word;
        column += len;
        start = end + 1;
    }
    out += '\n';
}

} // namespace

std::span<const NamePart> firstNames()
{
    return kFirst;
}
std::span<const NamePart> lastNames()
{
    return kLast;
}
std::span<const RoleAccount> roleAccounts()
{
    return kRoles;
}
std::span<const StoreDomain> storeDomains()
{
    return kDomains;
}
std::span<const std::string_view> externalDomains()
{
    return kExternal;
}
std::span<const std::string_view> organisations()
{
    return kOrgs;
}
std::span<const AttachmentKind> attachmentKinds()
{
    return kAttachments;
}
std::span<const std::string_view> customFolders()
{
    return kFolders;
}

Language pickLanguage(Rng &rng)
{
    static constexpr double weights[] = {0.6, 0.3, 0.1};
    return static_cast<Language>(rng.weighted(weights));
}

std::string subject(Rng &rng, Language lang)
{
    const LanguageText lt = text(lang);
    return expand(rng, lt, pickFrom(rng, lt.subjects));
}

std::string attachmentStem(Rng &rng, Language lang)
{
    static constexpr std::string_view en[] = {"report", "invoice", "scan", "IMG_", "slides", "minutes", "budget"};
    static constexpr std::string_view de[] = {"Rechnung-",  "Angebot_", "Übersicht ",
                                              "Protokoll-", "Scan_",    "Lieferschein-"};
    static constexpr std::string_view fr[] = {"facture-", "devis_", "compte-rendu-", "Présentation ", "scan_"};
    std::string stem(lang == Language::German ? rng.pick(de) : lang == Language::French ? rng.pick(fr) : rng.pick(en));
    appendDecimal(stem, static_cast<std::uint64_t>(rng.between(1000, 9999)));
    return stem;
}

std::string bodyText(Rng &rng, Language lang, std::size_t targetBytes, std::string_view toFirstName,
                     std::string_view signature)
{
    const LanguageText lt = text(lang);
    std::string out;
    out.reserve(targetBytes + 256);
    if (toFirstName.empty()) {
        out += lt.helloGeneric;
    } else {
        out += lt.hello;
        out += toFirstName;
        out += ',';
    }
    out += "\n\n";
    do {
        std::string para;
        const auto sentences = rng.between(2, 6);
        std::string_view previous;
        for (std::int64_t i = 0; i < sentences; ++i) {
            if (i > 0)
                para += ' ';
            std::string_view pattern = pickFrom(rng, lt.sentences);
            if (pattern == previous) // a person rarely says the same thing twice in a row
                pattern = pickFrom(rng, lt.sentences);
            para += expand(rng, lt, pattern);
            previous = pattern;
        }
        appendWrapped(out, para);
        out += '\n';
    } while (out.size() + 80 < targetBytes);
    out += lt.bye;
    out += "\n";
    out += signature;
    out += "\n";
    return out;
}

std::string htmlFromText(std::string_view text)
{
    std::string out = "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"UTF-8\">\n</head>\n"
                      "<body style=\"font-family: Arial, sans-serif; font-size: 14px;\">\n<p>";
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n' && i + 1 < text.size() && text[i + 1] == '\n') {
            out += "</p>\n<p>";
            ++i;
        } else if (c == '\n') {
            out += ' ';
        } else if (c == '<') {
            out += "&lt;";
        } else if (c == '>') {
            out += "&gt;";
        } else if (c == '&') {
            out += "&amp;";
        } else {
            out += c;
        }
    }
    out += "</p>\n</body>\n</html>\n";
    return out;
}

} // namespace mailstore::core::demo
