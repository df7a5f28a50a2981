"""Word lists the demo book of business is made from."""

FIRST_NAMES = (
    "Zoé", "Lucas", "Amélie", "Jonas", "Chloé", "Mateo", "Inès", "Noah", "Léa", "Hugo",
    "Emma", "Liam", "Sofia", "Elias", "Maya", "Oskar", "Anaïs", "Ravi", "Aiko", "Björn",
    "Camille", "Dario", "Elif", "Farah", "Gaël", "Hana", "Ivan", "Jeanne", "Kenji", "Lina",
    "Marta", "Nils", "Olga", "Pablo", "Quentin", "Rosa", "Søren", "Tomás", "Uma", "Valérie",
    "Wei", "Ximena", "Yusuf", "Zara", "Agnès", "Bruno", "Céline", "Dmitri", "Émile", "Fatou",
)
LAST_NAMES = (
    "Martin", "Dubois", "Müller", "Rossi", "García", "Nowak", "Johansson", "Lefèvre", "Schmidt",
    "Moreau", "Fernández", "Kowalski", "Bernard", "Petit", "Dupont", "Leroy", "Nguyen", "Tanaka",
    "O'Brien", "Van Dijk", "Costa", "Silva", "Novák", "Horvát", "Papadopoulos", "Yılmaz",
    "Andersen", "Fontaine", "Girard", "Bonnet", "Lambert", "Faure", "Rousseau", "Blanc",
    "Guerin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin", "Morin", "Mathieu", "Clément",
    "Gauthier", "Dumont", "Lopez", "Chevalier", "Robin", "Masson", "Sanchez",
)
COMPANY_WORDS = (
    "Atelier", "Bio", "Nord", "Sud", "Solutions", "Conseil", "Design", "Logistique", "Verte",
    "Horizon", "Artisan", "Digital", "Santé", "Maison", "Cuisine", "Optique", "Transports",
    "Énergie", "Bureau", "Studio", "Jardins", "Textiles", "Outils", "Vins", "Café", "Print",
)
COMPANY_FORMS = ("SARL", "SAS", "GmbH", "Ltd", "& Fils", "Coop", "SA", "BV")
CITIES = (
    ("Lyon", "France", "69"), ("Paris", "France", "75"), ("Marseille", "France", "13"),
    ("Bordeaux", "France", "33"), ("Nantes", "France", "44"), ("Lille", "France", "59"),
    ("Toulouse", "France", "31"), ("Grenoble", "France", "38"), ("Genève", "Switzerland", "12"),
    ("Bruxelles", "Belgium", "10"), ("Köln", "Germany", "50"), ("München", "Germany", "80"),
    ("Milano", "Italy", "20"), ("Barcelona", "Spain", "08"), ("Lisboa", "Portugal", "11"),
    ("Montréal", "Canada", "H2"), ("Québec", "Canada", "G1"), ("Luxembourg", "Luxembourg", "14"),
)
STREETS = ("rue de la République", "avenue Jean Jaurès", "boulevard Victor Hugo",
           "place Bellecour", "chemin des Vignes", "rue du Port", "quai Saint-Antoine")
TAGS = (
    "sustainability", "local sourcing", "craftsmanship", "fair prices", "quality first",
    "innovation", "family business", "community events", "fast delivery", "no haggle",
    "made locally", "long-term partner", "design", "organic", "training", "data privacy",
)
OWNERS = ("Alice Martin", "Bastien Roy", "Clara Weiss", "David Osei")
PRODUCTS = (
    "Starter pack", "Annual maintenance", "Consulting day", "Refill order", "Premium bundle",
    "Training session", "Support contract", "Custom order", "Spare parts", "Subscription",
)
INTERACTION_SUMMARIES = {
    "call": ("Checked in on delivery", "Discussed next quarter", "Answered a question",
             "Follow-up call", "Talked about new needs"),
    "email": ("Sent an industry note", "Shared a case story", "Replied about pricing",
              "Sent the proposal"),
    "meeting": ("Quarterly review", "Planning meeting", "Lunch with the team"),
    "visit": ("Site visit", "Visited the shop", "Installation visit"),
    "event": ("Came to the customer day", "Met at the trade fair", "Open house"),
    "message": ("Quick message about the order", "Sent a thank-you note"),
}
ELEVEN_ANSWERS = (
    "Deliver on Fridays too", "A named contact who knows our history",
    "Tell us before prices change", "Faster answers by phone", "Invite us to training days",
    "Bundle the consumables", "Nothing, keep doing what you do",
)
