"""Boilerplate phrase families for the sample corpus, written for this project.

Each family has at least six variants so that a line classifier has to learn the family, not one
string. ``{name}``, ``{short}``, ``{domain}``, ``{n}``, ``{author}``, ``{source}``, ``{section}`` are
filled per outlet/article by farms.py.
"""

from __future__ import annotations

PAYWALL_DE = [
    "Weiterlesen mit {short}+ – jetzt 4 Wochen für 0,99 € testen",
    "Dieser Artikel ist nur für Abonnenten vollständig sichtbar. Jetzt {short}+ abonnieren!",
    "Sie haben das Limit kostenloser Artikel erreicht. Registrieren Sie sich, um weiterzulesen.",
    "Exklusiv für Abonnenten: Lesen Sie den ganzen Artikel mit {name} Plus.",
    "Jetzt weiterlesen – nur 1 € im ersten Monat, jederzeit kündbar.",
    "Bereits Abonnent? Hier anmelden und den vollständigen Artikel lesen.",
    "Um diesen Beitrag vollständig zu lesen, schließen Sie bitte ein {short}+ Abo ab.",
    "Premium-Inhalt: Für 2,99 € im Monat freischalten",
]

READ_ALSO_PREFIX_DE = [
    "Lesen Sie auch:",
    "Siehe auch:",
    "Auch interessant:",
    "Lesen Sie dazu:",
    "Das könnte Sie auch interessieren:",
    "Mehr zum Thema:",
    "Lesetipp:",
]

# Unrelated click-bait headlines, each with a number (so figure extraction has a trap to avoid).
SPAM_HEADLINES_DE = [
    "7 Tricks, mit denen Sie beim Heizen sofort sparen",
    "Lottozahlen vom Samstag: 12 Millionen Euro im Jackpot",
    "Diese 5 Lebensmittel gehören nicht in den Kühlschrank",
    "Rentner findet 300 Jahre alte Münze im Garten",
    "Wetter: Bis zu 35 Grad am Wochenende erwartet",
    "Die 10 schönsten Badeseen in Norddeutschland",
    "Benzinpreis steigt erneut um 4 Cent",
    "Mit 3 einfachen Übungen gegen Rückenschmerzen",
    "Tierheim sucht Zuhause für 40 Katzen",
    "Stau-Prognose: 2.000 Kilometer Stau zum Ferienstart",
    "Horoskop: Für diese 3 Sternzeichen wird der Juli turbulent",
    "Gewinnspiel: 1.000 Euro Einkaufsgutschein zu gewinnen",
    "Studie: Jeder 4. Deutsche schläft zu wenig",
    "Rückruf: 8 Sorten Tiefkühlpizza betroffen",
    "Diese 6 Fehler machen fast alle beim Wäschewaschen",
    "Mann gewinnt 2 Mal hintereinander im Lotto",
    "Mietpreise: In diesen 15 Städten wird es am teuersten",
    "Blitzer-Marathon: 500 Messstellen in ganz Deutschland",
    "Schnäppchen: 50 Prozent Rabatt auf Gartenmöbel",
    "Das verdienen die 20 reichsten Youtuber",
]

SPAM_HEADLINES_EN = [
    "10 Gadgets You Didn't Know You Needed",
    "Top 5 Destinations for Your Summer Holiday",
    "This 1 Trick Will Cut Your Energy Bill",
    "7 Signs You Need a New Mattress",
    "The 12 Best Streaming Series This Month",
    "Why 3 Out of 4 Startups Fail in Year One",
]

COMMENTS_DE = [
    "Kommentar verfassen",
    "Kommentare (0)",
    "Schreiben Sie den ersten Kommentar!",
    "Ihre E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.",
    "Kommentar absenden",
    "Diskutieren Sie mit – Ihre Meinung ist gefragt!",
    "Name * E-Mail * Website",
]

COMMENTS_EN = [
    "Leave a Reply",
    "Your email address will not be published.",
    "Required fields are marked *",
    "Add yours",
    "Post Comment",
    "Cancel reply",
    "Leave a Comment",
    "Be the first to comment",
    "Save my name, email, and website in this browser for the next time I comment.",
]

SHARE_DE = [
    "Teilen auf Facebook | Twitter | WhatsApp",
    "Drucken",
    "Zurück zum Anfang",
    "Artikel teilen: Facebook · X · E-Mail",
    "Jetzt teilen!",
    "Link kopieren",
    "Seite drucken",
    "Nach oben",
]

SHARE_EN = [
    "Share on Facebook",
    "Share this: Twitter | Facebook | Email",
    "Print",
    "Back to top",
    "Click to share on WhatsApp (Opens in new window)",
    "Tweet",
]

READ_TIME_DE = [
    "Lesezeit: {n} Minuten",
    "Lesedauer: ca. {n} Min.",
    "{n} Min. Lesezeit",
    "⏱ {n} Minuten Lesezeit",
    "Geschätzte Lesezeit: {n} Minuten",
    "Lesedauer {n} Minuten",
]

READ_TIME_EN = [
    "{n} min read",
    "Reading time: {n} minutes",
    "{n} minute read",
    "Estimated reading time: {n} min",
    "⏱ {n} mins read",
    "Time to read: {n} minutes",
]

# English UI headings that German farms running English WordPress themes leave in the page.
RELATED_HEAD_EN = [
    "You May Also Like",
    "More Stories",
    "Related Posts",
    "Recommended for you",
    "Trending Now",
    "Don't Miss",
]

NEWSLETTER_DE = [
    "Abonnieren Sie unseren Newsletter und verpassen Sie keine Nachricht mehr!",
    "Jetzt kostenlos zum Newsletter anmelden",
    "Newsletter: Die wichtigsten Nachrichten jeden Morgen in Ihrem Postfach",
    "Bleiben Sie informiert – mit unserem täglichen Newsletter.",
    "Melden Sie sich für den {name}-Newsletter an.",
    "Täglich um 7 Uhr: unser Briefing. Hier abonnieren.",
]

NEWSLETTER_EN = [
    "Sign up for our newsletter",
    "Get the latest headlines in your inbox every morning.",
    "Subscribe to our daily briefing",
    "Join 50,000 readers: subscribe now",
    "Never miss a story – sign up today.",
    "Enter your email address to subscribe to this site.",
]

COOKIE_DE = [
    "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.",
    "Diese Website nutzt Cookies. Mit der Nutzung stimmen Sie unserer Datenschutzerklärung zu.",
    "Cookie-Einstellungen | Alle akzeptieren",
    "Wir und unsere Partner speichern und verarbeiten Informationen auf Ihrem Gerät.",
    "Zustimmen und weiter",
    "Durch die weitere Nutzung der Seite stimmen Sie der Verwendung von Cookies zu.",
]

COOKIE_EN = [
    "We use cookies to improve your experience. Accept",
    "This website uses cookies. By continuing you agree to our privacy policy.",
    "Cookie settings | Accept all",
    "We and our partners store and access information on your device.",
    "Agree and continue",
    "By using this site you consent to the use of cookies.",
]

EPITHETS_DE = [
    "Kaffeeliebhaber",
    "Reisender",
    "Internet-Nerd",
    "Preisgekrönter Twitter-Experte",
    "Bierfan",
    "Unruhestifter",
    "Zombie-Fan",
    "Social-Media-Fanatiker",
    "Lebenslanger Fernsehfreak",
    "Musikkenner",
    "Popkultur-Liebhaber",
    "Hardcore-Organisator",
    "Speck-Evangelist",
    "Freiberuflicher Analyst",
    "Food-Junkie",
    "Web-Praktiker",
    "Subtil charmanter Problemlöser",
    "Begeisterter Leser",
    "Allgemeiner Alkoholfan",
    "Student",
]

BIOGRAPHY_DE = [
    "{author} schreibt seit über {n} Jahren über Politik und Wirtschaft und hat für zahlreiche renommierte Medien "
    "gearbeitet.",
    "{author} ist Journalist aus Leidenschaft. Nach dem Studium der {subject} arbeitete er für verschiedene "
    "Zeitungen und Magazine im In- und Ausland.",
    "{author} gehört seit {n} Jahren zum Team und berichtet über alles, was Deutschland bewegt.",
    "Als erfahrene Redakteurin mit mehr als {n} Jahren Berufserfahrung deckt {author} die Themen Gesellschaft, "
    "Verbraucher und Digitales ab.",
    "{author} hat {subject} studiert und war Korrespondent in mehreren Hauptstädten, bevor er zu uns kam.",
    "{author} liebt gute Geschichten. Seit {n} Jahren recherchiert sie zu Wirtschaft, Politik und Lifestyle.",
    "Unser Autor {author} ist Experte für aktuelle Nachrichten und hat bereits über {m} Artikel veröffentlicht.",
]

SUBJECTS_DE = ["Politikwissenschaft", "Germanistik", "Volkswirtschaftslehre", "Geschichte", "Publizistik"]

BIO_HEAD_DE = ["Über den Autor", "Über die Autorin", "Autorenprofil", "Mehr über {author}", "{author}", "Zum Autor"]

FAKE_AUTHORS = [
    "Maximilian Sommer",
    "Lena Hoffmeister",
    "Jonas Wieland",
    "Clara Brandstetter",
    "Felix Auerbach",
    "Marie Kesselring",
    "Tobias Lindqvist",
    "Sophie Grünewald",
    "Niklas Ebersberg",
    "Hannah Vogelsang",
    "Lukas Steinmetz",
    "Emilia Rosenthal",
]

BYLINE_FARM = [
    "Von Redaktion {short}",
    "Von {author}",
    "Autor: {author}",
    "Veröffentlicht von {author}",
    "Redaktion: {author}",
    "{author} | {short}-Newsdesk",
]

SOURCE_LINE = [
    "Quelle: {source}",
    "Quelle: {source} / {short}",
    "(Quelle: {source})",
    "Mit Material von {source}",
    "Quelle: Agenturen, {source}",
    "Text: {source}",
]

HEADER = [
    "{name} – Nachrichten aus aller Welt",
    "{name}: Schnell. Aktuell. Kostenlos.",
    "Startseite › {section}",
    "{name} | Ihr Nachrichtenportal",
    "Breaking News · {name}",
    "Home / News / {section}",
]

FOOTER = [
    "© 2021 {name}. Alle Rechte vorbehalten.",
    "Impressum | Datenschutz | Kontakt | {name}",
    "Copyright © 2021 {name} | Powered by WordPress",
    "{name} ist ein Angebot der {name} Media GmbH.",
    "Alle Angaben ohne Gewähr. © {name}",
    "Mehr Nachrichten auf {domain}",
]

FOOTER_EN = [
    "© 2021 {name}. All rights reserved.",
    "Terms | Privacy | Contact | {name}",
    "Copyright © 2021 {name}",
    "{name} is published by {name} Media Ltd.",
    "More news at {domain}",
    "All content © {name}",
]

# Page chrome for HTML renderings.
NAV_DE = ["Startseite", "Politik", "Wirtschaft", "Panorama", "Sport", "Kultur", "Regional", "Meinung"]
NAV_EN = ["Home", "News", "Politics", "Business", "World", "Sport", "Culture", "Opinion"]
RELATED_BOX_DE = ["Mehr zum Thema", "Das könnte Sie auch interessieren", "Weitere Artikel", "Meistgelesen"]
RELATED_BOX_EN = ["Related", "Most read", "More from the site", "Read next"]

READER_COMMENTS_DE = [
    "Endlich berichtet mal jemand darüber.",
    "Das war doch abzusehen.",
    "Wer soll das am Ende bezahlen?",
    "Guter Artikel, danke für die Zusammenfassung.",
    "Ich glaube kein Wort davon.",
    "Mal sehen, was in einem Jahr daraus geworden ist.",
]
READER_COMMENTS_EN = [
    "Finally someone reports on this.",
    "Saw this coming a mile away.",
    "Who is going to pay for all of this?",
    "Great summary, thanks.",
    "I don't believe a word of it.",
    "Let's see where this stands in a year.",
]
COMMENTERS = ["Hanseat62", "kritischer_leser", "M. Brandt", "Nordlicht", "j.peters", "TomK", "elbe_fan"]
