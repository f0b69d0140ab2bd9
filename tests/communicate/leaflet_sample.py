"""A validated patient-leaflet text as avec renders it (avec.pipeline.structured), for the tests
and the screenshots of docs/communicate.md. Invented pathway, no real person or place."""

MENTION = (
    "Rédigé avec l'aide d'une IA générative (modèle Qwen2.5-Coder-1.5B-Instruct), "
    "relu et validé par Dr Exemple le 02/03/2026."
)

RENDERED = """De quoi s'agit-il ? :
Vous allez être opéré du genou droit. On va poser une prothèse. Ce document explique votre parcours, étape par étape.

Les étapes :
- Consultation avec le chirurgien le 3 mars à 10 h.
- Prise de sang au laboratoire avant le 10 mars.
- Consultation d'anesthésie le 12 mars.
- Douche avec le savon antiseptique la veille et le matin de l'opération.
- Admission à l'hôpital le 17 mars à 7 h.
- Opération au bloc le 17 mars.
- Premiers pas avec le kinésithérapeute le lendemain.
- Retour à domicile vers le 21 mars.

À retenir :
- Ne rien manger à partir de minuit la veille de l'opération.
- Apportez votre carte Vitale et vos ordonnances.
- Prenez le paracétamol 1 g toutes les 6 heures si vous avez mal, sans dépasser 4 g par jour.
- Si vous avez de la fièvre (plus de 38,5 °C) après la sortie, appelez le service.

Qui contacter ? :
Service d'orthopédie : 01 23 45 67 89 (du lundi au vendredi, de 9 h à 17 h).
La nuit et le week-end, en cas d'urgence : appelez le 15."""

FREE_TEXT = """Vous aurez d'abord une prise de sang au laboratoire.

Ensuite, une radio du genou.

- Puis une consultation avec le médecin.
- Enfin, le retour à la maison."""
