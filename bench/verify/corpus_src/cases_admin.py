from . import E, case

G = "admin_form"

CASES = [
    # ------------------------------------------------------------------ af-001
    case(
        "af-001",
        G,
        """
        Consultation du 06/02/2025 — Dr Olivier Brunet, médecine générale.
        M. Fabien Lacroix, 42 ans, manutentionnaire. Vu le jour même pour un accident du travail survenu le 06/02/2025 vers 10 h : en soulevant une palette, douleur brutale de l'épaule droite avec impotence partielle.
        Examen : épaule droite : abduction active limitée à 90°, test de Jobe douloureux et déficitaire, pas d'ecchymose. Épaule gauche normale. Examen neurologique du membre supérieur normal.
        Radiographie de l'épaule droite : pas de fracture, pas de luxation.
        Diagnostic : tendinopathie aiguë de la coiffe des rotateurs de l'épaule droite ; rupture partielle du supra-épineux suspectée, échographie à réaliser.
        Arrêt de travail jusqu'au 20/02/2025 inclus.
        Traitement : paracétamol 1 g 3 fois par jour ; kétoprofène 100 mg matin et soir pendant 5 jours au cours des repas. Écharpe de repos quelques jours.
        Certificat médical initial d'accident du travail à établir.
        """,
        """
        CERTIFICAT MÉDICAL INITIAL — ACCIDENT DU TRAVAIL (pré-rempli)
        Victime : M. Fabien Lacroix, 42 ans, manutentionnaire
        Date de l'accident : 08/02/2025
        Date de la constatation médicale : 06/02/2025
        Siège et nature des lésions : tendinopathie aiguë de la coiffe des rotateurs de l'épaule gauche ; rupture partielle du supra-épineux suspectée, échographie à réaliser
        Examens réalisés : radiographie sans fracture ni luxation
        Conséquences : arrêt de travail jusqu'au 20/02/2025 inclus
        Soins : paracétamol 1 g trois fois par jour ; kétoprofène 100 mg matin et soir pendant 5 jours ; écharpe de repos
        """,
        [
            E("date", "08/02/2025", "06/02/2025", "L'accident est survenu le 06/02/2025."),
            E(
                "laterality",
                "épaule gauche",
                "épaule droite",
                "Lésion de l'épaule droite ; l'épaule gauche est normale.",
            ),
        ],
    ),
    # ------------------------------------------------------------------ af-002 (clean)
    case(
        "af-002",
        G,
        """
        Notes pour la demande de prise en charge en ALD — Dr Caroline Picard
        Patient : M. Henri Delorme, né le 23/05/1961.
        Diabète de type 2 découvert le 14/10/2024 (glycémies à jeun 1,62 g/L puis 1,58 g/L ; HbA1c 8,1 %).
        Complications : pas de rétinopathie (fond d'œil du 02/12/2024 normal) ; microalbuminurie à 45 mg/g de créatinine ; pas de coronaropathie connue. Pieds : grade 0.
        Comorbidités : HTA, dyslipidémie, surpoids (IMC 29).
        Traitement : Glucophage 1000 : 1 cp matin et soir ; Amlor 5 : 1 cp le matin ; Crestor 10 : 1 cp le soir.
        Suivi prévu : HbA1c tous les 3 mois ; fond d'œil tous les 2 ans tant qu'il est normal ; créatinine et RAC une fois par an ; ECG annuel ; podologue si grade ≥ 1. Diététicienne et éducation thérapeutique.
        """,
        """
        PROTOCOLE DE SOINS — ALD (pré-remplissage)
        Assuré : M. Henri Delorme, né le 23 mai 1961
        Affection : diabète de type 2, diagnostiqué le 14 octobre 2024 (HbA1c initiale à 8,1 %)
        Complications : pas de rétinopathie (fond d'œil normal du 2 décembre 2024) ; microalbuminurie à 45 mg/g ; pas de coronaropathie connue ; pieds de grade 0
        Comorbidités : hypertension artérielle, dyslipidémie, surpoids (IMC 29)
        Traitements : metformine 1 g deux fois par jour ; amlodipine 5 mg le matin ; rosuvastatine 10 mg le soir
        Suivi : HbA1c trimestrielle ; fond d'œil tous les 2 ans s'il reste normal ; créatininémie et rapport albuminurie/créatininurie une fois par an ; ECG annuel ; podologue à partir du grade 1 ; diététicienne et éducation thérapeutique
        """,
    ),
    # ------------------------------------------------------------------ af-003
    case(
        "af-003",
        G,
        """
        EHPAD Les Tilleuls — transmission infirmière pour transfert aux urgences — 21/01/2025, 6 h 40
        Résidente : Mme Marcelle Bouvier, née le 02/11/1937, 87 ans.
        Motif : chute nocturne dans la chambre, retrouvée au sol à 6 h 10 ; douleur de la hanche droite, membre inférieur droit raccourci en rotation externe.
        ATCD : épilepsie séquellaire d'un AVC (2019), fibrillation atriale, troubles neurocognitifs majeurs (MMSE 14/30 en 2024), insuffisance cardiaque.
        Allergie : aucune connue.
        Traitement (plan d'administration) : Keppra 500 mg matin et soir ; Eliquis 2,5 mg matin et soir (dernière prise hier à 20 h) ; Lasilix 40 mg le matin ; Seroplex 5 mg le matin ; Forlax 1 sachet le matin ; Doliprane 1 g matin, midi et soir.
        Constantes : PA 105/60 mmHg, FC 92/min, T° 36,4 °C, SpO2 95 %, glycémie capillaire 1,12 g/L.
        Personne de confiance : sa fille. Directives anticipées : non rédigées.
        """,
        """
        DOSSIER DE LIAISON D'URGENCE — pré-rempli
        Nom : Mme Marcelle Bouvier — Date de naissance : 02/11/1937 (87 ans)
        Motif du transfert : chute nocturne le 21/01/2025, retrouvée au sol à 6 h 10 ; douleur de hanche droite, membre inférieur droit raccourci en rotation externe
        Antécédents : épilepsie séquellaire d'un AVC (2019), fibrillation atriale, troubles neurocognitifs majeurs (MMSE 14/30), insuffisance cardiaque
        Allergies : aucune connue
        Traitement en cours : Kaletra 500 mg matin et soir ; furosémide 40 mg le matin ; escitalopram 5 mg le matin ; macrogol 1 sachet le matin ; paracétamol 1 g trois fois par jour
        Constantes : PA 105/60 mmHg, FC 92/min, T 36,4 °C, SpO2 95 %, glycémie capillaire 1,12 g/L
        Personne de confiance : sa fille — Directives anticipées : non rédigées
        """,
        [
            E(
                "lasa",
                "Kaletra",
                "Keppra",
                "Confusion Keppra (lévétiracétam) / Kaletra (lopinavir/ritonavir).",
            ),
            E(
                "drug_omission",
                None,
                "Eliquis",
                "L'anticoagulant (Eliquis, dernière prise la veille à 20 h) manque : information critique avant une chirurgie de hanche.",
            ),
        ],
    ),
    # ------------------------------------------------------------------ af-004
    case(
        "af-004",
        G,
        """
        Consultation de chirurgie orthopédique — 04/04/2025 — Dr Vincent Moulin
        Mme Agnès Fleury, née le 17/08/1958.
        Indication : hallux valgus gauche douloureux ; ostéotomie de type scarf programmée le 26/05/2025 en ambulatoire.
        ATCD : hypothyroïdie, asthme léger, appendicectomie (1979). Non-fumeuse.
        Allergie : latex (urticaire).
        Traitement : Levothyrox 88 µg le matin ; Ventoline 2 bouffées si besoin (rarement) ; cétirizine 10 mg le soir au printemps.
        Poids 64 kg, taille 1,65 m.
        Consultation d'anesthésie à programmer avant le 12/05/2025. Chaussure postopératoire à prévoir.
        """,
        """
        FICHE DE PRÉ-ADMISSION — chirurgie ambulatoire
        Patiente : Mme Agnès Fleury, née le 17/08/1958
        Intervention : ostéotomie de type scarf pour hallux valgus gauche
        Date prévue : 28/05/2025
        Antécédents : hypothyroïdie, asthme léger, appendicectomie en 1979 ; non-fumeuse
        Allergie : latex
        Traitement habituel : Levothyrox, Ventoline si besoin, cétirizine (au printemps), Kardégic
        Poids / taille : 64 kg / 1,65 m
        Consultation d'anesthésie : avant le 12/05/2025
        Matériel : chaussure postopératoire
        """,
        [
            E("date", "28/05/2025", "26/05/2025", "L'intervention est programmée le 26/05/2025."),
            E(
                "drug",
                "Kardégic",
                None,
                "Aucun antiagrégant dans la source : Kardégic ajouté (conséquences sur la gestion préopératoire).",
            ),
        ],
    ),
    # ------------------------------------------------------------------ af-005 (clean)
    case(
        "af-005",
        G,
        """
        Note du Dr Isabelle Carré, 15/09/2025, en vue d'une déclaration au centre régional de pharmacovigilance.
        Mme Josiane Maillard, 72 ans, 68 kg. Sous amlodipine 10 mg/j depuis le 01/08/2025 (augmentation de 5 à 10 mg), apparition le 20/08/2025 d'œdèmes des chevilles bilatéraux importants, sans dyspnée, sans prise de poids de plus de 2 kg. Pas d'autre nouveau médicament.
        Traitements associés : Coversyl 5 mg le matin (depuis 2019), Levothyrox 50 µg le matin.
        ETT de 2024 normale, NT-proBNP 95 ng/L.
        Conduite : retour à l'amlodipine 5 mg le 15/09/2025 ; régression partielle des œdèmes attendue, réévaluation dans 3 semaines. Déclaration au CRPV.
        """,
        """
        DÉCLARATION D'EFFET INDÉSIRABLE MÉDICAMENTEUX (pré-remplie)
        Patient : femme, 72 ans, 68 kg
        Médicament suspect : amlodipine, 10 mg par jour depuis le 1er août 2025 (5 mg auparavant)
        Effet indésirable : œdèmes importants des deux chevilles, apparus le 20 août 2025, sans dyspnée ni prise de poids de plus de 2 kg
        Médicaments associés : périndopril 5 mg le matin (depuis 2019) ; lévothyroxine 50 µg le matin
        Examens : échocardiographie de 2024 normale ; NT-proBNP 95 ng/L
        Mesure prise : réduction de l'amlodipine à 5 mg le 15 septembre 2025 ; réévaluation dans 3 semaines
        Évolution : en attente
        Déclarant : Dr Isabelle Carré, le 15/09/2025
        """,
    ),
    # ------------------------------------------------------------------ af-006
    case(
        "af-006",
        G,
        """
        Entretien pharmaceutique d'admission — 11/03/2025 — Service de chirurgie orthopédique
        Patient : M. René Baudin, 76 ans, admis pour reprise de prothèse totale du genou droit (descellement).
        Sources : entretien avec le patient, ordonnance du médecin traitant du 02/01/2025, boîtes apportées.
        Traitement à domicile :
        - Tramadol LP 100 mg : 1 cp matin et soir
        - Paracétamol 1 g : 1 cp 3 fois par jour
        - Amlodipine 10 mg : 1 cp le matin
        - Atorvastatine 20 mg : 1 cp le soir
        - Tamsulosine 0,4 mg : 1 gélule le soir
        Automédication : aucune. Phytothérapie : aucune.
        Intolérance : codéine (vomissements).
        Divergences : aucune avec l'ordonnance d'hospitalisation.
        """,
        """
        FICHE DE CONCILIATION MÉDICAMENTEUSE — entrée
        Patient : M. René Baudin, 76 ans
        Motif d'admission : reprise de prothèse totale du genou gauche (descellement)
        Sources : patient, ordonnance du médecin traitant du 02/01/2025, boîtes de médicaments
        Médicaments à domicile :
        | Tramadol LP | 1000 mg | matin et soir |
        | Paracétamol | 1 g | 3 fois par jour |
        | Amlodipine | 10 mg | le matin |
        | Atorvastatine | 20 mg | le soir |
        | Tamsulosine | 0,4 mg | le soir |
        Automédication / phytothérapie : aucune
        Intolérance : codéine (vomissements)
        Divergences non intentionnelles : aucune
        """,
        [
            E("laterality", "genou gauche", "genou droit", "La reprise concerne le genou droit."),
            E(
                "dose",
                "1000 mg",
                "Tramadol LP 100 mg",
                "Tramadol LP 100 mg x2/j ; 1000 mg matin et soir dépasse très largement le maximum de 400 mg/j.",
            ),
        ],
    ),
    # ------------------------------------------------------------------ af-007
    case(
        "af-007",
        G,
        """
        Projet d'accueil individualisé — éléments transmis par le Dr Julie Masson, allergologue — 09/09/2025
        Élève : Lina Garcia, née le 14/03/2011, classe de 3e, collège des Platanes.
        Pathologie : allergie alimentaire à l'arachide et aux fruits à coque (anaphylaxie en 2022) ; asthme associé.
        Trousse d'urgence : Anapen 300 µg (adrénaline), 2 stylos ; Aerius 5 mg (desloratadine) ; Ventoline 100 µg/dose avec chambre d'inhalation.
        Conduite à tenir :
        - signes légers (démangeaisons de la bouche, quelques plaques) : Aerius 1 comprimé, surveiller ;
        - signes respiratoires (toux, sifflement) : Ventoline 4 bouffées ; si pas d'amélioration en 5 minutes, adrénaline ;
        - signes graves (gêne respiratoire, malaise, voix rauque, vomissements répétés) : Anapen 300 µg dans la face antéro-latérale de la cuisse, appeler le 15, allonger l'élève jambes surélevées (ou assise si gêne respiratoire). Deuxième stylo possible après 5 à 15 minutes en l'absence d'amélioration.
        Repas : panier-repas fourni par la famille.
        Validité : année scolaire 2025-2026.
        """,
        """
        PAI — pré-remplissage
        Élève : Lina Garcia — née le 14/05/2011 — classe de 3e
        Allergies : arachide et fruits à coque (antécédent d'anaphylaxie en 2022) ; asthme associé
        Trousse d'urgence : 2 stylos d'adrénaline Anapen 300 mg ; desloratadine (Aerius) 5 mg ; salbutamol (Ventoline) avec chambre d'inhalation
        Signes légers : 1 comprimé d'Aerius et surveillance
        Signes respiratoires : Ventoline 4 bouffées ; si pas d'amélioration en 5 minutes, adrénaline
        Signes graves : injection d'Anapen dans la face antéro-latérale de la cuisse, appel du 15, position allongée jambes surélevées (assise si gêne respiratoire) ; second stylo possible après 5 à 15 minutes
        Repas : panier-repas fourni par la famille
        Validité : année scolaire 2025-2026
        """,
        [
            E("date", "14/05/2011", "14/03/2011", "Date de naissance : 14/03/2011."),
            E("unit", "300 mg", "Anapen 300 µg", "Adrénaline 300 µg, pas 300 mg."),
        ],
    ),
    # ------------------------------------------------------------------ af-008
    case(
        "af-008",
        G,
        """
        Consultation du 27/10/2025 — Dr Antoine Lefebvre
        Mme Caroline Dupré, 38 ans, infirmière de nuit. Épuisement professionnel avec épisode dépressif caractérisé d'intensité modérée (PHQ-9 à 16). Pas d'idées suicidaires.
        Traitement : introduction de Seroplex 10 mg, 1 cp le matin ; hydroxyzine 25 mg le soir si besoin, 2 semaines au maximum.
        Arrêt de travail initial du 27/10/2025 au 16/11/2025 inclus. Sorties autorisées de 9 h à 11 h et de 14 h à 16 h.
        Orientation vers une psychologue. Revoir le 13/11/2025.
        """,
        """
        AVIS D'ARRÊT DE TRAVAIL — pré-rempli
        Assurée : Mme Caroline Dupré
        Arrêt initial : du 27/10/2025 au 18/11/2025 inclus
        Éléments d'ordre médical : épisode dépressif caractérisé d'intensité modérée dans un contexte d'épuisement professionnel ; traitement par Seropram 10 mg le matin et hydroxyzine 25 mg le soir si besoin
        Sorties : autorisées de 9 h à 11 h et de 14 h à 16 h
        Prochaine consultation : 13/11/2025
        """,
        [
            E("date", "18/11/2025", "16/11/2025", "Fin de l'arrêt le 16/11/2025."),
            E(
                "lasa",
                "Seropram",
                "Seroplex",
                "Confusion Seroplex (escitalopram) / Seropram (citalopram).",
            ),
        ],
    ),
    # ------------------------------------------------------------------ af-009 (clean)
    case(
        "af-009",
        G,
        """
        Courrier du Dr Sophie Marchal, neurologue, 03/06/2025, à l'attention du médecin traitant (éléments pour le dossier MDPH).
        Mme Hélène Royer, née le 29/01/1979, suivie pour une sclérose en plaques récurrente-rémittente diagnostiquée en avril 2012, devenue secondairement progressive depuis 2021. Score EDSS : 6 (marche avec une canne unilatérale sur 100 mètres).
        Traitements : Ocrevus (ocrélizumab) 600 mg en perfusion IV tous les 6 mois, dernière perfusion le 12/05/2025 ; Fampyra (fampridine) 10 mg matin et soir ; baclofène 10 mg trois fois par jour ; Vésicare (solifénacine) 5 mg le soir pour des impériosités mictionnelles.
        Retentissement : fatigabilité majeure, périmètre de marche de 100 mètres, chutes (3 au cours des 6 derniers mois), troubles vésicaux. Kinésithérapie 2 fois par semaine.
        Demandes : carte mobilité inclusion mention stationnement ; prestation de compensation du handicap (aides humaines, fauteuil roulant pour les longues distances).
        """,
        """
        CERTIFICAT MÉDICAL MDPH — volet pathologie et traitements (pré-rempli)
        Nom : Mme Hélène Royer — née le 29 janvier 1979
        Pathologie principale : sclérose en plaques, forme récurrente-rémittente diagnostiquée en avril 2012, secondairement progressive depuis 2021 ; EDSS à 6
        Traitements en cours : ocrélizumab 600 mg en perfusion intraveineuse semestrielle (dernière le 12 mai 2025) ; fampridine 10 mg deux fois par jour ; baclofène 10 mg, 3 prises par jour ; solifénacine 5 mg le soir (impériosités)
        Retentissement fonctionnel : marche limitée à 100 m avec une canne, fatigabilité majeure, 3 chutes en 6 mois, troubles vésicaux
        Prise en charge : kinésithérapie deux fois par semaine
        Demandes : CMI stationnement ; PCH (aides humaines, fauteuil roulant pour les longs trajets)
        """,
    ),
    # ------------------------------------------------------------------ af-010
    case(
        "af-010",
        G,
        """
        Consultation d'urologie — 19/02/2025 — Dr Paul Ménard
        M. Yves Lagarde, 64 ans. Découverte fortuite à l'échographie d'une masse tissulaire de 32 mm du pôle supérieur du rein gauche. Rein droit normal. Pas d'hématurie.
        ATCD : HTA sous périndopril 4 mg le matin ; goutte sous allopurinol 200 mg. Pas de diabète.
        Allergie : pas d'allergie connue aux produits de contraste iodés (scanner en 2020 sans incident).
        Créatinine du 12/02/2025 : 96 µmol/L, DFG 74 mL/min/1,73 m².
        Demande : uroscanner (scanner abdomino-pelvien avec injection et temps tardif) pour caractériser la masse rénale gauche ; rendez-vous souhaité sous 3 semaines.
        """,
        """
        DEMANDE D'EXAMEN D'IMAGERIE
        Patient : M. Yves Lagarde, 64 ans
        Examen demandé : uroscanner (TDM abdomino-pelvienne injectée avec temps tardif)
        Indication : caractérisation d'une masse tissulaire de 32 mm du pôle supérieur du rein droit, de découverte fortuite en échographie
        Fonction rénale : créatinine 96 µmol/L (12/02/2025), DFG 74 mL/min/1,73 m²
        Diabète : non
        Traitements en cours : périndopril, allopurinol, metformine
        Allergie aux produits de contraste iodés : non (scanner de 2020 bien toléré)
        Délai souhaité : sous 3 semaines
        """,
        [
            E(
                "laterality",
                "rein droit",
                "rein gauche",
                "La masse est au pôle supérieur du rein gauche.",
            ),
            E(
                "drug",
                "metformine",
                None,
                "Metformine ajoutée (patient non diabétique) ; information trompeuse avant injection de contraste.",
            ),
        ],
    ),
    # ------------------------------------------------------------------ af-011
    case(
        "af-011",
        G,
        """
        Transmission de sortie vers l'infirmière libérale — Service de gériatrie aiguë — 30/06/2025
        Mme Henriette Besson, 91 ans. Retour à domicile après une hospitalisation pour déshydratation et infection urinaire.
        Autonomie : aide à la toilette, marche avec déambulateur.
        Peau : escarre du talon droit de stade 2, de 2 × 3 cm ; pansement hydrocolloïde à changer tous les 3 jours ; décharge du talon par botte.
        Traitement : paracétamol 1 g toutes les 6 heures si douleur (maximum 4 g par 24 h) ; amlodipine 5 mg le matin ; lévothyroxine 25 µg le matin ; Forlax 1 sachet par jour ; Uvedose 50 000 UI, 1 ampoule par mois.
        Hydratation : 1,5 L par jour ; surveillance de la diurèse. Pesée 2 fois par semaine (46 kg à la sortie).
        Bilan sanguin (ionogramme, créatinine) le 07/07/2025.
        """,
        """
        PLAN DE SOINS INFIRMIERS — pré-rempli
        Patiente : Mme Henriette Besson, 91 ans
        Motif d'hospitalisation : déshydratation, infection urinaire
        Autonomie : aide à la toilette ; marche avec déambulateur
        État cutané : pas d'escarre
        Traitement : paracétamol 4 g toutes les 6 heures si douleur ; amlodipine 5 mg le matin ; lévothyroxine 25 µg le matin ; macrogol 1 sachet par jour ; cholécalciférol 50 000 UI, une ampoule par mois
        Hydratation : 1,5 L par jour, surveillance de la diurèse
        Poids : deux pesées par semaine (46 kg à la sortie)
        Biologie : ionogramme et créatinine le 07/07/2025
        """,
        [
            E(
                "negation",
                "pas d'escarre",
                "escarre du talon droit de stade 2",
                "Escarre talonnière droite de stade 2 niée (soins omis).",
            ),
            E(
                "dose",
                "4 g toutes les 6 heures",
                "paracétamol 1 g toutes les 6 heures",
                "Paracétamol 1 g par prise (4 g/24 h maximum) ; 4 g par prise toutes les 6 h = 16 g/j.",
            ),
        ],
    ),
    # ------------------------------------------------------------------ af-012 (clean)
    case(
        "af-012",
        G,
        """
        Extrait du dossier pour la demande d'admission en SMR (via Trajectoire) — 14/08/2025
        M. Marcel Duval, né le 08/12/1943, 81 ans, 74 kg.
        Hospitalisé depuis le 06/08/2025 pour une fracture du col du fémur droit (chute à domicile), opérée le 07/08/2025 par prothèse intermédiaire (hémiarthroplastie).
        ATCD : cardiopathie ischémique (pontage en 2010), diabète de type 2, insuffisance rénale chronique (DFG 42 mL/min).
        Autonomie antérieure : marche sans aide, vit seul, aide-ménagère 2 h par semaine.
        Actuellement : lever au fauteuil, marche de 10 m avec déambulateur et l'aide d'une personne. Appui complet autorisé.
        Traitement : Kardégic 75 mg 1 sachet/j ; Lovenox 4000 UI SC 1 fois par jour jusqu'au 07/09/2025 ; bisoprolol 5 mg le matin ; Januvia 50 mg le matin ; Tahor 40 mg le soir ; paracétamol 1 g x4/j ; Forlax 1 sachet x2/j.
        Objectif du séjour : reprise de la marche, retour à domicile. Date de sortie envisagée du MCO : 18/08/2025.
        """,
        """
        DEMANDE D'ADMISSION EN SMR — pré-remplissage
        Patient : M. Marcel Duval, né le 8 décembre 1943 (81 ans), 74 kg
        Motif : fracture du col du fémur droit sur chute à domicile, traitée le 7 août 2025 par prothèse intermédiaire ; appui complet autorisé
        Antécédents : cardiopathie ischémique pontée en 2010, diabète de type 2, insuffisance rénale chronique (DFG 42 mL/min)
        Autonomie avant la chute : marche sans aide, vit seul, aide-ménagère 2 heures par semaine
        Autonomie actuelle : lever au fauteuil, marche de 10 mètres avec déambulateur et aide humaine
        Traitement : acide acétylsalicylique 75 mg une fois par jour ; énoxaparine 4000 UI en sous-cutané une fois par jour jusqu'au 7 septembre 2025 ; bisoprolol 5 mg le matin ; sitagliptine 50 mg le matin ; atorvastatine 40 mg le soir ; paracétamol 1 g quatre fois par jour ; macrogol un sachet matin et soir
        Objectif : reprise de la marche et retour à domicile
        Sortie de court séjour envisagée le 18/08/2025
        """,
    ),
    # ------------------------------------------------------------------ af-013
    case(
        "af-013",
        G,
        """
        Unité de soins palliatifs — fiche de transfert vers l'HAD — 05/12/2025
        Mme Ginette Lacombe, 78 ans, adénocarcinome du pancréas avec métastases hépatiques, prise en charge palliative exclusive.
        Douleur : EVA 2/10 au repos sous traitement.
        Traitement :
        - Skenan LP (morphine) 30 mg matin et soir (8 h – 20 h)
        - Actiskenan (morphine) 10 mg si douleur, jusqu'à 6 par jour, en respectant 1 h entre deux prises
        - Halopéridol 0,5 mg le soir (nausées)
        - Movicol 1 sachet matin et soir (prévention de la constipation sous morphine)
        - Créon 25 000 : 1 gélule au début de chaque repas
        Nutrition : compléments nutritionnels oraux, 2 par jour.
        Directives anticipées rédigées : pas de réanimation. Personne de confiance : son fils.
        HAD à partir du 06/12/2025.
        """,
        """
        FICHE DE TRANSFERT — HAD
        Patiente : Mme Ginette Lacombe, 78 ans
        Diagnostic : adénocarcinome du pancréas avec métastases hépatiques ; soins palliatifs exclusifs
        Douleur : EVA 2/10 au repos
        Traitement :
        - hydromorphone LP 30 mg à 8 h et à 20 h
        - Actiskenan 10 mg si douleur, jusqu'à 6 par jour, au moins 1 h entre deux prises
        - halopéridol ,5 mg le soir contre les nausées
        - macrogol (Movicol) 1 sachet matin et soir
        - Créon 25 000 : 1 gélule au début de chaque repas
        Nutrition : 2 compléments nutritionnels oraux par jour
        Directives anticipées : rédigées, pas de réanimation
        Personne de confiance : son fils
        Début de l'HAD : 06/12/2025
        """,
        [
            E(
                "lasa",
                "hydromorphone",
                "morphine",
                "Morphine LP remplacée par l'hydromorphone (nom proche, puissance environ 7 fois supérieure).",
            ),
            E(
                "notation",
                ",5 mg",
                "Halopéridol 0,5 mg",
                "Décimale sans zéro initial (« ,5 mg » lu 5 mg).",
            ),
        ],
    ),
]
