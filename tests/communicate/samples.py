"""Texts written for these tests (no real patient)."""

LEAFLET = """\
Votre traitement contre la douleur

Prenez un comprimé de paracétamol le matin, le midi et le soir.
Attendez au moins quatre heures entre deux prises.
Ne prenez pas plus de trois grammes par jour.

Appelez votre médecin si :
- la douleur ne passe pas ;
- vous avez de la fièvre ;
- votre peau devient jaune.

Gardez les boîtes loin des enfants.
"""

DISCHARGE = """\
Patient de 72 ans, aux antécédents d'hypertension artérielle, de cardiopathie ischémique et \
d'insuffisance rénale chronique modérée, hospitalisé pour décompensation cardiaque globale \
secondaire à une fibrillation atriale rapide, d'évolution favorable sous diurétiques \
intraveineux et anticoagulation curative, avec récupération d'une fonction rénale stable à la \
sortie. L'échocardiographie transthoracique retrouve une altération modérée de la fraction \
d'éjection ventriculaire gauche, sans valvulopathie significative ni épanchement péricardique. \
Une surveillance biologique hebdomadaire de la kaliémie et de la créatininémie est préconisée, \
ainsi qu'une réévaluation cardiologique programmée à distance, conformément aux recommandations \
actuelles concernant la prise en charge de l'insuffisance cardiaque à fraction d'éjection altérée.
"""
