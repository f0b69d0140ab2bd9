from . import E, case

G = "discharge_letter"

CASES = [
    # ------------------------------------------------------------------ dl-001
    case(
        "dl-001",
        G,
        """
        Service de médecine polyvalente — Dossier de sortie
        Patient : M. Roger Guérin, né le 14/09/1946.
        Entrée le 03/02/2025 par les urgences pour fièvre à 38,9 °C et toux productive depuis 4 jours.
        Antécédents : cardiopathie ischémique (stent en 2018), HTA, insuffisance cardiaque à FEVG préservée.
        Traitement d'entrée : Kardégic 75 mg 1 sachet/j ; ramipril 2,5 mg le matin ; Lasilix 40 mg le matin ; atorvastatine 40 mg le soir.
        Examen d'entrée : T° 38,9 °C, FR 24/min, SpO2 93 % en air ambiant, crépitants de la base droite.
        Biologie : CRP 148 mg/L, leucocytes 14,2 G/L, PCT 0,8 µg/L, créatinine 101 µmol/L.
        Radiographie thoracique : opacité floue de la base droite, de lecture difficile ; scanner non réalisé.
        Antigénuries légionelle et pneumocoque négatives.
        Conclusion : suspicion de pneumopathie aiguë communautaire de la base droite ; diagnostic différentiel : décompensation cardiaque gauche.
        Évolution : apyrexie à J2 sous Augmentin, CRP 35 mg/L à J5. Sortie le 08/02/2025.
        Traitement de sortie : Augmentin 1 g, 1 cp matin, midi et soir jusqu'au 09/02/2025 inclus (7 jours au total) ; paracétamol 1 g si fièvre ou douleur, max 3 g/j ; reprise du traitement habituel sans modification.
        Suivi : radiographie thoracique de contrôle à 6 semaines, consultation chez le médecin traitant sous 7 jours.
        """,
        """
        Cher confrère,
        Votre patient M. Roger Guérin, né le 14/09/1946, a été hospitalisé du 03/02/2025 au 08/02/2025 pour une pneumopathie aiguë communautaire de la base droite. Il présentait à l'entrée une fièvre à 38,9 °C, une toux productive depuis 4 jours, une SpO2 à 93 % en air ambiant et des crépitants de la base droite ; CRP 148 mg/L, leucocytes 14,2 G/L, antigénuries négatives. L'évolution a été favorable sous amoxicilline-acide clavulanique, avec une apyrexie à J2 et une CRP à 35 mg/L à J5.
        Traitement de sortie :
        - amoxicilline-acide clavulanique 1 g trois fois par jour jusqu'au 09/02/2025 inclus ;
        - paracétamol 1 g si fièvre ou douleur, sans dépasser 3 g par jour ;
        - Kardégic 75 mg, un sachet par jour ;
        - ramipril 2,5 mg le matin ;
        - atorvastatine 40 mg le soir.
        Une radiographie thoracique de contrôle est prévue à 6 semaines ; merci de revoir le patient dans les 7 jours.
        Bien confraternellement.
        """,
        [
            E(
                "hypothesis",
                "pneumopathie aiguë communautaire",
                "suspicion de pneumopathie aiguë communautaire",
                "Diagnostic seulement suspecté (radiographie douteuse, diagnostic différentiel cardiaque) présenté comme établi.",
            ),
            E(
                "drug_omission",
                None,
                "Lasilix",
                "Le furosémide (Lasilix 40 mg) du traitement habituel repris à la sortie manque dans la liste.",
            ),
        ],
    ),
    # ------------------------------------------------------------------ dl-002 (clean)
    case(
        "dl-002",
        G,
        """
        CHU — Service de cardiologie. Compte rendu d'hospitalisation (éléments pour la lettre de sortie).
        Mme Monique Lefort, 79 ans. Hospitalisée du 12/11/2024 au 19/11/2024.
        Motif : dyspnée d'aggravation progressive (NYHA III) et œdèmes des membres inférieurs.
        Diagnostic retenu : insuffisance cardiaque décompensée sur fibrillation atriale rapide inaugurale, FEVG 45 % à l'ETT.
        À l'entrée : FC 132/min irrégulière, PA 150/85 mmHg, poids 71,4 kg, NT-proBNP 4 820 ng/L, créatinine 104 µmol/L, K+ 4,2 mmol/L.
        Prise en charge : furosémide IV 40 mg x2/j pendant 3 jours puis relais per os ; bisoprolol introduit à 1,25 mg puis augmenté à 2,5 mg ; anticoagulation par apixaban (pas de critère de réduction de dose).
        À la sortie : FC 78/min, PA 124/72 mmHg, poids 67,9 kg, créatinine 98 µmol/L, K+ 4,4 mmol/L.
        Ordonnance de sortie :
        Lasilix 40 mg : 1 cp le matin
        Bisoprolol 2,5 mg : 1 cp le matin
        Eliquis 5 mg : 1 cp matin et soir
        Kardégic 75 mg : arrêt (relais par l'anticoagulant, pas de coronaropathie)
        Atorvastatine 20 mg : 1 cp le soir (inchangé)
        Suivi : consultation de cardiologie le 06/01/2025 à 14 h 30 ; ionogramme et créatinine à J7 ; pesée quotidienne, consulter si prise de plus de 2 kg en 3 jours.
        """,
        """
        Madame Lefort, 79 ans, a séjourné dans le service du 12 au 19 novembre 2024 pour une décompensation cardiaque (dyspnée stade III de la NYHA, œdèmes des jambes) révélant une fibrillation atriale rapide, avec une fraction d'éjection à 45 %.
        Le traitement a associé du furosémide intraveineux (40 mg matin et soir pendant trois jours) relayé par voie orale, l'introduction du bisoprolol (1,25 mg puis 2,5 mg) et une anticoagulation par apixaban à pleine dose. Le poids est passé de 71,4 kg à 67,9 kg et la fréquence cardiaque de 132 à 78/min. Créatinine 98 µmol/L et kaliémie 4,4 mmol/L à la sortie.
        Traitement de sortie :
        - furosémide (Lasilix) 40 mg, un comprimé le matin ;
        - bisoprolol 2,5 mg, un comprimé le matin ;
        - apixaban 5 mg deux fois par jour ;
        - atorvastatine 20 mg le soir, inchangée.
        L'acide acétylsalicylique (Kardégic) est arrêté, l'anticoagulant le remplaçant en l'absence de coronaropathie.
        Surveillance : ionogramme sanguin et créatininémie à J7 ; pesée quotidienne, avec consultation en cas de prise de plus de 2 kg en 3 jours. Consultation de cardiologie le 6 janvier 2025 à 14h30.
        """,
    ),
    # ------------------------------------------------------------------ dl-003
    case(
        "dl-003",
        G,
        """
        Service d'orthopédie — Fiche de sortie
        M. Gérard Masson, 72 ans. Intervention le 15/04/2025 : prothèse totale de hanche gauche par voie postéro-latérale, pour coxarthrose gauche évoluée.
        Suites : simples. Lever à J1 avec déambulateur, appui complet autorisé. Hb postopératoire 10,8 g/dL (préopératoire 13,5). Pas de transfusion. Cicatrice propre.
        Sortie le 19/04/2025 vers un centre de rééducation (SMR).
        Prescriptions de sortie :
        - Lovenox 4000 UI/0,4 mL : 1 injection sous-cutanée par jour pendant 35 jours (jusqu'au 20/05/2025 inclus)
        - Paracétamol 1 g : 1 cp toutes les 6 heures si douleur
        - Tramadol 50 mg : 1 gélule toutes les 6 heures si douleur non calmée par le paracétamol, max 4/j
        - Forlax 10 g : 1 sachet le matin si constipation
        Consignes : pas de flexion de hanche au-delà de 90°, ne pas croiser les jambes ; ablation des agrafes à J15 (le 30/04/2025) ; consultation chirurgicale à 6 semaines.
        """,
        """
        Cher confrère,
        Je vous adresse M. Masson, 72 ans, opéré le 15/04/2025 d'une prothèse totale de hanche droite (voie postéro-latérale) pour une coxarthrose évoluée. Les suites ont été simples : lever à J1, appui complet autorisé, hémoglobine à 10,8 g/dL sans transfusion, cicatrice propre. Il rejoint votre SMR le 19/04/2025.
        Traitement : énoxaparine 6000 UI en sous-cutané une fois par jour pendant 35 jours, jusqu'au 20/05/2025 inclus ; paracétamol 1 g toutes les 6 heures si douleur ; tramadol 50 mg toutes les 6 heures en cas de douleur persistante, 4 gélules par jour au maximum ; macrogol 10 g le matin en cas de constipation.
        Précautions : pas de flexion de hanche au-delà de 90°, ne pas croiser les jambes. Agrafes à retirer à J15 (30/04/2025). Consultation de chirurgie à 6 semaines.
        """,
        [
            E(
                "laterality",
                "hanche droite",
                "prothèse totale de hanche gauche",
                "La prothèse a été posée à gauche.",
            ),
            E("number", "6000 UI", "Lovenox 4000 UI", "Énoxaparine 4000 UI par jour, pas 6000 UI."),
        ],
    ),
    # ------------------------------------------------------------------ dl-004
    case(
        "dl-004",
        G,
        """
        Unité neurovasculaire — Synthèse de séjour
        Mme Jacqueline Renard, 69 ans. Admise le 02/10/2025 pour un déficit brachio-facial droit et une aphasie d'installation brutale à 8 h 10, NIHSS 7.
        IRM : infarctus sylvien superficiel gauche. Thrombolyse IV par ténectéplase à 9 h 05. NIHSS à 24 h : 2.
        Bilan étiologique : fibrillation atriale découverte au monitoring (accès de 40 min). ETT : pas de thrombus, FEVG 60 %. Doppler des TSA : pas de sténose significative.
        Test de déglutition : normal, pas de trouble de la déglutition ; alimentation normale reprise à J1.
        Évolution : récupération quasi complète ; persiste un discret manque du mot. Marche autonome.
        Traitement de sortie : apixaban 5 mg matin et soir débuté à J4 ; atorvastatine 80 mg le soir ; arrêt du Kardégic (relais par l'apixaban).
        Orthophonie 2 fois par semaine en libéral.
        Sortie à domicile le 09/10/2025. Consultation neurovasculaire le 14/01/2026 avec IRM de contrôle la veille. Pas de conduite automobile avant avis spécialisé.
        """,
        """
        Madame Renard, 69 ans, a été hospitalisée du 02/10/2025 au 09/10/2025 pour un infarctus sylvien superficiel gauche (déficit brachio-facial droit et aphasie, NIHSS 7), thrombolysé par ténectéplase, avec un NIHSS à 2 à 24 h. Le bilan a mis en évidence une fibrillation atriale au monitoring ; l'échographie cardiaque (FEVG 60 %) et le doppler des troncs supra-aortiques sont sans particularité. Présence de troubles de la déglutition. La récupération est quasi complète, avec un discret manque du mot ; la marche est autonome.
        Traitement : apixaban 5 mg deux fois par jour (débuté à J4), atorvastatine 80 mg le soir ; le Kardégic est arrêté.
        Suivi : orthophonie deux fois par semaine ; consultation neurovasculaire le 14/02/2026 avec IRM la veille. Conduite automobile déconseillée jusqu'à avis spécialisé.
        """,
        [
            E(
                "negation",
                "troubles de la déglutition",
                "pas de trouble de la déglutition",
                "Test de déglutition normal dans la source ; la lettre affirme des troubles.",
            ),
            E(
                "date",
                "14/02/2026",
                "14/01/2026",
                "Consultation neurovasculaire prévue le 14/01/2026.",
            ),
        ],
    ),
    # ------------------------------------------------------------------ dl-005
    case(
        "dl-005",
        G,
        """
        Service de rhumatologie — Éléments de sortie
        M. Pascal Hubert, 61 ans, polyarthrite rhumatoïde séropositive diagnostiquée en 2024. Hospitalisé du 10/03/2025 au 13/03/2025 pour une poussée (DAS28 5,4) et un bilan pré-biothérapie.
        Bilan : CRP 42 mg/L, VS 48 mm. Quantiferon négatif. Sérologies VHB, VHC, VIH négatives. Radiographie thoracique normale.
        Traitement poursuivi : méthotrexate 15 mg, une fois par semaine, le lundi, en injection sous-cutanée ; Speciafoldine 5 mg, un comprimé le mercredi (48 h après le méthotrexate).
        Corticothérapie : prednisone (Cortancyl) 10 mg le matin pendant 2 semaines, puis diminution de 2,5 mg toutes les 2 semaines jusqu'à l'arrêt.
        Biothérapie : à discuter en RCP le 20/03/2025.
        Surveillance : NFS, ASAT/ALAT, créatinine tous les mois. Vaccination antipneumococcique à jour.
        """,
        """
        Monsieur Hubert, 61 ans, suivi pour une polyarthrite rhumatoïde séropositive, a été hospitalisé du 10 au 13 mars 2025 pour une poussée (DAS28 à 5,4 ; CRP 42 mg/L) et un bilan pré-biothérapie : Quantiferon positif, sérologies VHB, VHC et VIH négatives, radiographie thoracique normale.
        Traitement de sortie :
        - méthotrexate 15 mg par jour en sous-cutané ;
        - acide folique (Speciafoldine) 5 mg le mercredi ;
        - prednisone (Cortancyl) 10 mg le matin pendant 2 semaines, puis décroissance de 2,5 mg toutes les 2 semaines jusqu'à l'arrêt.
        Une biothérapie sera discutée en RCP le 20/03/2025. Surveillance mensuelle : NFS, transaminases, créatinine. Vaccination antipneumococcique à jour.
        """,
        [
            E(
                "dose",
                "15 mg par jour",
                "méthotrexate 15 mg, une fois par semaine",
                "Méthotrexate hebdomadaire transformé en prise quotidienne : surdosage potentiellement mortel.",
            ),
            E(
                "negation",
                "Quantiferon positif",
                "Quantiferon négatif",
                "Quantiferon négatif dans la source.",
            ),
        ],
    ),
    # ------------------------------------------------------------------ dl-006 (clean)
    case(
        "dl-006",
        G,
        """
        Chirurgie viscérale — Compte rendu d'hospitalisation
        M. Franck Leclerc, 52 ans, hospitalisé du 21/05/2025 au 23/05/2025 pour une cholécystite aiguë lithiasique (échographie : vésicule à paroi épaissie à 5 mm, calcul enclavé dans le collet, Murphy échographique positif). Bilirubine normale, lipase normale, CRP 96 mg/L.
        Cholécystectomie par cœlioscopie le 21/05/2025, sans drainage. Anatomopathologie en attente.
        Antibiothérapie : Augmentin 1 g IV x3/j pendant 24 h, arrêtée après l'intervention.
        Suites simples, reprise alimentaire à J1, apyrexie.
        Traitement de sortie :
        - Doliprane 1 g : 1 cp toutes les 6 h si douleur, maximum 4 g par 24 h
        - Spasfon 80 mg : 2 cp si douleurs, jusqu'à 3 fois par jour
        - Lovenox 4000 UI : 1 injection SC le soir pendant 7 jours
        - Arrêt de travail de 15 jours.
        Consultation de contrôle avec le chirurgien dans 1 mois avec les résultats d'anatomopathologie. Pansements : douche autorisée, pas de bain pendant 10 jours. Consulter en cas de fièvre > 38,5 °C, d'ictère ou de douleurs intenses.
        """,
        """
        Cher confrère,
        M. Leclerc, 52 ans, a été pris en charge du 21 au 23 mai 2025 pour une cholécystite aiguë lithiasique (paroi vésiculaire épaissie à 5 mm, calcul enclavé, CRP 96 mg/L, bilirubine et lipase normales). Il a bénéficié le 21 mai d'une cholécystectomie sous cœlioscopie, sans drain, avec une antibiothérapie par amoxicilline-acide clavulanique limitée aux 24 premières heures. Les suites ont été simples (alimentation reprise dès J1, pas de fièvre). L'examen anatomopathologique est en attente.
        Ordonnance de sortie : paracétamol 1000 mg toutes les six heures si douleur, sans dépasser 4 g par jour ; phloroglucinol 80 mg, deux comprimés en cas de douleur, au maximum trois fois par jour ; énoxaparine 4000 UI en sous-cutané chaque soir pendant 7 jours. Arrêt de travail de 15 jours.
        Douche possible, bain proscrit pendant 10 jours. Reconsulter en cas de fièvre supérieure à 38,5 °C, d'ictère ou de douleur intense. Revue en consultation chirurgicale dans un mois avec les résultats d'anatomopathologie.
        """,
    ),
    # ------------------------------------------------------------------ dl-007
    case(
        "dl-007",
        G,
        """
        Médecine vasculaire — Synthèse de séjour
        M. Alain Roussel, 57 ans. Admis le 08/07/2025 pour douleur et œdème du mollet gauche apparus 5 jours après un vol long-courrier (11 h).
        Écho-doppler veineux : thrombose veineuse profonde fémoro-poplitée gauche.
        Dyspnée modérée à l'admission, SpO2 95 %, FC 96/min : suspicion d'embolie pulmonaire ; angioscanner thoracique non réalisé (insuffisance rénale aiguë, créatinine 168 µmol/L à l'admission, déshydratation) ; scintigraphie de ventilation-perfusion non disponible avant la sortie. D-dimères 3 200 µg/L. Troponine négative. ETT : pas de dilatation du VD.
        Créatinine à la sortie : 96 µmol/L après réhydratation (objectif de boissons : 1,5 L par jour).
        Traitement : apixaban 10 mg matin et soir pendant 7 jours (jusqu'au 14/07/2025), puis 5 mg matin et soir pendant au moins 3 mois. Bas de contention à porter la journée.
        Scintigraphie pulmonaire programmée le 16/07/2025 en externe. Consultation de médecine vasculaire à 3 mois.
        Sortie le 10/07/2025.
        """,
        """
        Cher confrère,
        M. Roussel, 57 ans, a été hospitalisé du 08/07/2025 au 10/07/2025 pour une thrombose veineuse profonde fémoro-poplitée droite survenue au décours d'un vol de 11 h, compliquée d'une embolie pulmonaire (dyspnée modérée, SpO2 95 %, FC 96/min, D-dimères 3 200 µg/L, troponine négative, pas de dilatation du VD). L'angioscanner n'a pas été réalisé en raison d'une insuffisance rénale aiguë (créatinine 168 µmol/L, revenue à 96 µmol/L après réhydratation).
        Traitement : apixaban 10 mg deux fois par jour jusqu'au 14/07/2025, puis 5 mg deux fois par jour pendant au moins 3 mois ; bas de contention la journée ; boissons : 1,5 mL par jour.
        Suivi : scintigraphie pulmonaire le 16/07/2025, consultation de médecine vasculaire à 3 mois.
        """,
        [
            E(
                "laterality",
                "fémoro-poplitée droite",
                "fémoro-poplitée gauche",
                "La TVP est gauche (mollet gauche).",
            ),
            E(
                "hypothesis",
                "embolie pulmonaire",
                "suspicion d'embolie pulmonaire",
                "Embolie seulement suspectée, scintigraphie encore à faire.",
            ),
            E(
                "unit",
                "1,5 mL",
                "1,5 L par jour",
                "Objectif de boissons 1,5 L par jour, pas 1,5 mL.",
            ),
        ],
    ),
    # ------------------------------------------------------------------ dl-008
    case(
        "dl-008",
        G,
        """
        Pneumologie — Éléments de sortie
        Mme Nadine Carpentier, 66 ans, BPCO stade GOLD 3 (VEMS 42 % en 2024), tabagisme sevré (40 PA).
        Hospitalisée du 17/01/2025 au 24/01/2025 pour une exacerbation de BPCO d'origine virale (PCR grippe A positive).
        Entrée : SpO2 86 % en air ; gaz du sang : pH 7,36, PaCO2 52 mmHg, PaO2 54 mmHg. Pas de fièvre. Radiographie : pas de foyer.
        Traitement : aérosols de bronchodilatateurs, prednisolone 40 mg/j pendant 5 jours, oséltamivir 75 mg x2/j pendant 5 jours, oxygène 2 L/min.
        Pas d'antibiothérapie (ECBC non contributif, pas d'expectoration purulente).
        Sortie sans oxygène : SpO2 92 % en air au repos.
        Traitement de sortie : Trimbow 2 inhalations matin et soir (inchangé) ; Ventoline 2 bouffées si dyspnée, max 8 bouffées par jour. Réhabilitation respiratoire à programmer. Vaccination antipneumococcique à jour. Consultation de pneumologie dans 6 semaines avec EFR.
        """,
        """
        Madame Carpentier, 66 ans, BPCO sévère (VEMS 42 %), ancienne fumeuse, a été hospitalisée du 17/01/2025 au 24/01/2025 pour une exacerbation sur grippe A.
        À l'entrée : patiente fébrile, SpO2 86 % en air, pH 7,36, PaCO2 52 mmHg, PaO2 54 mmHg ; radiographie sans foyer.
        Elle a reçu des aérosols de bronchodilatateurs, de la prednisolone 40 mg par jour pendant 5 jours, de l'oséltamivir 75 mg deux fois par jour pendant 5 jours, une antibiothérapie par amoxicilline et une oxygénothérapie à 2 L/min.
        Sortie sans oxygène, avec une SpO2 à 96 % en air au repos.
        Traitement de sortie : Trimbow 2 inhalations matin et soir ; salbutamol 2 bouffées si besoin, 8 bouffées par jour au maximum. Réhabilitation respiratoire à organiser ; vaccination antipneumococcique à jour ; consultation de pneumologie dans 6 semaines avec EFR.
        """,
        [
            E("negation", "fébrile", "Pas de fièvre", "Apyrexie à l'entrée dans la source."),
            E(
                "drug",
                "amoxicilline",
                "Pas d'antibiothérapie",
                "Aucun antibiotique n'a été donné ; amoxicilline ajoutée.",
            ),
            E("number", "96 %", "SpO2 92 % en air au repos", "SpO2 de sortie 92 %, pas 96 %."),
        ],
    ),
    # ------------------------------------------------------------------ dl-009 (clean, long)
    case(
        "dl-009",
        G,
        """
        Centre hospitalier — Service de médecine interne et gériatrie aiguë
        Compte rendu d'hospitalisation — document de travail pour la lettre de liaison
        Patient : M. Fernand Aubry, né le 11/07/1942 (82 ans). Médecin traitant : Dr Valérie Chauvin.
        Hospitalisation du 03/03/2025 au 14/03/2025.

        Motif d'hospitalisation : confusion d'installation progressive sur 4 jours ; chute sans perte de connaissance le 02/03/2025 au domicile.

        Antécédents :
        - fibrillation atriale permanente (2018), anticoagulée ;
        - hypertension artérielle ;
        - syndrome dépressif (2022) ;
        - hypertrophie bénigne de prostate, non opérée ;
        - cataracte opérée des deux yeux (2020).
        Allergies : aucune connue.

        Mode de vie : veuf, vit seul en appartement avec ascenseur. Aide à domicile 3 fois par semaine. Marche sans aide technique à l'intérieur, canne à l'extérieur.

        Traitement à l'entrée (ordonnance du 15/01/2025) :
        - Eliquis 2,5 mg : 1 cp matin et soir
        - Coaprovel 150 mg/12,5 mg : 1 cp le matin
        - Sertraline 50 mg : 1 cp le matin
        - Tahor 20 mg : 1 cp le soir
        - Xatral LP 10 mg : 1 cp le soir
        - Doliprane 500 mg : 2 gélules si douleur, jusqu'à 3 fois par jour

        Histoire de la maladie : sa fille le trouve plus confus depuis 4 jours, avec des propos incohérents le soir. Brûlures mictionnelles depuis une semaine. Chute le 02/03 en se levant la nuit, relevé seul.

        Examen d'entrée : T° 38,4 °C, PA 108/62 mmHg, FC 96/min irrégulière, SpO2 96 % en air ambiant, poids 58 kg (habituel 61 kg). Désorienté dans le temps, attention fluctuante (CAM positive). Pas de déficit moteur, pas de syndrome méningé. Muqueuses sèches, pli cutané. Toucher rectal : prostate augmentée de volume, douloureuse. Pas de globe vésical (résidu post-mictionnel 80 mL).

        Biologie d'entrée (03/03) : Na 121 mmol/L ; K 3,4 mmol/L ; créatinine 132 µmol/L (habituelle 90) ; urée 14 mmol/L ; CRP 186 mg/L ; leucocytes 15,8 G/L ; Hb 12,9 g/dL ; TSH 1,6 mUI/L ; osmolalité plasmatique 254 mOsm/kg ; natriurèse 48 mmol/L sous thiazidique.
        ECBU : leucocyturie significative, E. coli > 10^5 UFC/mL, sensible à la ceftriaxone, à l'ofloxacine et au cotrimoxazole, résistant à l'amoxicilline.
        Hémocultures : 1 flacon sur 2 positif à E. coli (même profil).

        Imagerie : scanner cérébral sans injection (03/03) : pas de saignement, leucopathie vasculaire modérée. Échographie rénale et vésicale : pas de dilatation des cavités pyélocalicielles, prostate de 55 mL.

        Évolution :
        1) Infection urinaire masculine fébrile bactériémique à E. coli : ceftriaxone 1 g/j IV du 03/03 au 06/03, puis relais par ofloxacine 200 mg matin et soir per os, pour une durée totale de 14 jours (fin le 16/03/2025 inclus). Apyrexie à 48 h. CRP 22 mg/L le 12/03.
        2) Hyponatrémie hypo-osmolaire multifactorielle (thiazidique, ISRS, déshydratation extracellulaire) : arrêt du Coaprovel et de la sertraline, sérum salé isotonique pendant 48 h, correction prudente. Natrémie : 121 → 126 (04/03) → 131 (07/03) → 135 mmol/L (13/03).
        3) Insuffisance rénale aiguë fonctionnelle : créatinine 132 → 92 µmol/L (13/03).
        4) Confusion : régression complète à J5 ; MMSE 26/30 le 12/03.
        5) Hypertension : reprise de l'irbésartan seul (Aprovel 150 mg) le 10/03 (PA 148/84 mmHg) ; PA de sortie 132/78 mmHg.
        6) Syndrome dépressif : après avis psychiatrique, relais de la sertraline par mirtazapine 15 mg le soir à partir du 08/03.
        7) Anticoagulation : apixaban poursuivi à 2,5 mg matin et soir (âge ≥ 80 ans et poids ≤ 60 kg).
        Chute : pas de lésion traumatique ; kinésithérapie pendant le séjour (verticalisation, marche dans le couloir avec canne, travail de l'équilibre) ; test de lever de chaise réalisé sans les mains à la sortie.
        Évaluation sociale : rencontre avec l'assistante sociale le 12/03 ; mise en place du portage des repas à domicile et renforcement des passages de l'aide à domicile ; dossier d'allocation personnalisée d'autonomie déposé. La fille du patient, qui habite à proximité, passera chaque soir pendant les premières semaines.
        Nutrition : apports estimés à la moitié des besoins les premiers jours, puis normalisés ; albumine 34 g/L ; poids de sortie 59 kg. Enrichissement de l'alimentation conseillé.
        État cutané : pas d'escarre. Continence conservée.

        Traitement de sortie :
        - Eliquis 2,5 mg : 1 cp matin et soir
        - Aprovel 150 mg : 1 cp le matin (remplace le Coaprovel)
        - Mirtazapine 15 mg : 1 cp le soir (remplace la sertraline)
        - Tahor 20 mg : 1 cp le soir
        - Xatral LP 10 mg : 1 cp le soir
        - Ofloxacine 200 mg : 1 cp matin et soir jusqu'au 16/03/2025 inclus
        - Doliprane 500 mg : 2 gélules si douleur, jusqu'à 3 fois par jour
        Médicaments arrêtés : Coaprovel (irbésartan/hydrochlorothiazide), sertraline.

        Suivi : ionogramme sanguin et créatinine le 18/03/2025 puis à 1 mois ; consultation chez le médecin traitant sous 8 jours ; consultation de gériatrie le 22/04/2025 à 10 h. Éviter la réintroduction de diurétiques thiazidiques. Kinésithérapie à domicile 2 fois par semaine.
        """,
        """
        Chère consœur,
        Votre patient M. Fernand Aubry, 82 ans, a été hospitalisé du 3 au 14 mars 2025 pour une confusion fébrile avec chute, en rapport avec :
        – une infection urinaire masculine fébrile à E. coli bactériémique (souche résistante à l'amoxicilline, sensible à la ceftriaxone, à l'ofloxacine et au cotrimoxazole), traitée par ceftriaxone du 3 au 6 mars puis par ofloxacine, avec une apyrexie à 48 h ;
        – une hyponatrémie hypo-osmolaire à 121 mmol/L, multifactorielle (hydrochlorothiazide, sertraline, déshydratation), corrigée prudemment jusqu'à 135 mmol/L après l'arrêt des deux médicaments en cause ;
        – une insuffisance rénale aiguë fonctionnelle (créatinine de 132 à 92 µmol/L).
        La confusion a entièrement régressé (MMSE 26/30 le 12 mars). Le scanner cérébral ne montrait pas de saignement et la chute n'a pas entraîné de lésion.
        Traitement de sortie :
        – apixaban 2,5 mg deux fois par jour (âge ≥ 80 ans et poids ≤ 60 kg) ;
        – irbésartan 150 mg le matin, à la place de l'association irbésartan/hydrochlorothiazide ;
        – mirtazapine 15 mg le soir, en relais de la sertraline ;
        – atorvastatine 20 mg le soir ;
        – alfuzosine LP 10 mg le soir ;
        – ofloxacine 200 mg matin et soir jusqu'au 16 mars 2025 inclus (14 jours d'antibiothérapie au total) ;
        – paracétamol 500 mg, deux gélules si douleur, jusqu'à trois fois par jour.
        Merci d'éviter toute réintroduction de diurétique thiazidique.
        Suivi proposé : ionogramme et créatininémie le 18/03/2025 puis à un mois, consultation avec vous dans les 8 jours, kinésithérapie à domicile deux fois par semaine et consultation de gériatrie le 22 avril 2025 à 10 h.
        Bien confraternellement.
        """,
    ),
    # ------------------------------------------------------------------ dl-010
    case(
        "dl-010",
        G,
        """
        Urologie — Fiche de liaison de sortie
        Mme Isabelle Morin, 38 ans. Hospitalisée du 05/06/2025 au 08/06/2025 pour une pyélonéphrite aiguë obstructive droite sur calcul urétéral lombaire droit de 7 mm. Montée de sonde JJ droite en urgence le 05/06/2025.
        ECBU : E. coli sensible au céfotaxime et à la ciprofloxacine, résistant à l'amoxicilline.
        Évolution : apyrexie à 48 h.
        Traitement de sortie :
        - Ciflox 500 mg : 1 cp matin et soir jusqu'au 18/06/2025 inclus
        - Paracétamol 1 g : 1 cp jusqu'à 4 fois par jour si douleur
        - Tamsulosine 0,4 mg : 1 gélule le soir (confort sur sonde JJ)
        - Ditropan 5 mg : 1 cp matin et soir si brûlures mictionnelles
        Traitement habituel : désogestrel 75 µg, 1 cp par jour (contraception), à poursuivre.
        Urétéroscopie programmée le 02/07/2025 pour traitement du calcul et ablation de la sonde JJ, précédée d'un ECBU de contrôle 48 h après la fin des antibiotiques. Boissons abondantes (2 L par jour).
        """,
        """
        Chère consœur,
        Mme Morin, 38 ans, a été hospitalisée du 05/06/2025 au 08/06/2025 pour une pyélonéphrite aiguë obstructive droite sur un calcul lombaire droit de 7 mm, drainée par sonde JJ le 05/06/2025. L'E. coli isolé est résistant à l'amoxicilline, sensible au céfotaxime et à la ciprofloxacine. Apyrexie à 48 h.
        Traitement : ciprofloxacine 500 mg matin et soir jusqu'au 18/06/2025 inclus ; paracétamol 1 g jusqu'à 4 fois par jour si douleur ; oxybutynine 5 mg matin et soir si brûlures mictionnelles ; poursuite de la contraception par désogestrel 75 µg.
        Urétéroscopie prévue le 09/07/2025 (traitement du calcul et retrait de la sonde JJ), précédée d'un ECBU de contrôle 48 h après la fin de l'antibiothérapie. Boire 2 L par jour.
        """,
        [
            E(
                "drug_omission",
                None,
                "Tamsulosine",
                "La tamsulosine prescrite à la sortie ne figure plus dans le traitement.",
            ),
            E("date", "09/07/2025", "02/07/2025", "Urétéroscopie programmée le 02/07/2025."),
        ],
    ),
    # ------------------------------------------------------------------ dl-011 (clean)
    case(
        "dl-011",
        G,
        """
        Psychiatrie adulte — Lettre de liaison (éléments)
        M. Kevin Dumont, 34 ans, hospitalisé en soins libres du 03/09/2025 au 30/09/2025 pour un épisode maniaque dans le cadre d'un trouble bipolaire de type I connu depuis 2019, après arrêt du lithium en juillet.
        Reprise du Téralithe LP 400 : 1 cp le soir puis 2 cp le soir à partir du 10/09. Lithiémie (12 h après la prise) le 24/09 : 0,82 mmol/L.
        Olanzapine 10 mg le soir, introduite à l'entrée, diminuée à 5 mg le soir le 22/09, à poursuivre 1 mois puis réévaluation.
        Lorazépam 1 mg jusqu'à 3 fois par jour pendant la première semaine, arrêté le 12/09.
        Bilan : TSH 2,4 mUI/L, créatinine 78 µmol/L, calcémie normale, ECG normal (QTc 410 ms). Poids 82 kg (+3 kg).
        Sortie : humeur normalisée, sommeil de 7 h par nuit, critique des troubles.
        Suivi : CMP le 07/10/2025 avec le Dr Caron ; lithiémie, créatinine et TSH dans 3 mois puis tous les 6 mois ; lithiémie également en cas de fièvre, de déshydratation, d'introduction d'un AINS ou d'un diurétique.
        """,
        """
        M. Dumont, 34 ans, suivi depuis 2019 pour un trouble bipolaire de type I, a été hospitalisé en soins libres du 3 au 30 septembre 2025 pour un épisode maniaque survenu après l'interruption du lithium en juillet.
        Le lithium (Téralithe LP 400) a été repris à un comprimé le soir, puis deux comprimés le soir depuis le 10 septembre, avec une lithiémie à 12 h de 0,82 mmol/L le 24 septembre. L'olanzapine, débutée à 10 mg le soir, a été réduite à 5 mg le soir le 22 septembre, dose à maintenir un mois avant réévaluation. Le lorazépam (1 mg, trois fois par jour au maximum) a été interrompu le 12 septembre.
        Bilan : TSH, créatinine et calcémie normales ; ECG normal (QTc 410 ms). Prise de poids de 3 kg (82 kg).
        À la sortie : thymie normalisée, 7 heures de sommeil par nuit, bonne critique des troubles.
        Suivi au CMP le 7 octobre 2025 (Dr Caron). Contrôle de la lithiémie, de la créatininémie et de la TSH à 3 mois puis tous les 6 mois, ainsi qu'en cas de fièvre, de déshydratation ou d'introduction d'un AINS ou d'un diurétique.
        """,
    ),
    # ------------------------------------------------------------------ dl-012
    case(
        "dl-012",
        G,
        """
        Hépato-gastro-entérologie — Synthèse de séjour
        M. Daniel Noël, 63 ans, hospitalisé du 11/08/2025 au 15/08/2025 pour méléna, avec une Hb à 8,1 g/dL à l'entrée (habituelle 14).
        Endoscopie le 11/08 : ulcère bulbaire de 12 mm, Forrest IIa, traité par injection d'adrénaline et pose de clips. Biopsies gastriques : recherche d'Helicobacter pylori en cours.
        Prise d'AINS : ibuprofène 400 mg 3 fois par jour depuis 3 semaines pour des lombalgies ; arrêt définitif.
        Lombalgies : radiographie du rachis lombaire : possible tassement vertébral de L2, à confirmer ; ostéodensitométrie à programmer.
        Transfusion de 2 culots globulaires. Hb de sortie 10,2 g/dL.
        Ferritine 12 µg/L : carence martiale → Tardyferon 80 mg, 1 cp par jour pendant 3 mois.
        Traitement : ésoméprazole IV 8 mg/h pendant 72 h, puis Inexium 40 mg, 1 cp matin et soir pendant 4 semaines, puis 1 cp le matin pendant 4 semaines. Paracétamol 1 g 3 fois par jour pour les lombalgies.
        """,
        """
        Cher confrère,
        M. Noël, 63 ans, a été hospitalisé du 11/08/2025 au 15/08/2025 pour une hémorragie digestive haute (méléna, Hb 8,1 g/dL) sur un ulcère bulbaire de 12 mm Forrest IIa, traité par voie endoscopique le 11/08 (adrénaline et clips), favorisé par la prise d'ibuprofène 400 mg trois fois par jour depuis 3 semaines, définitivement arrêté. Deux culots globulaires ont été transfusés ; Hb de sortie 10,2 g/dL. La recherche d'Helicobacter pylori sur les biopsies est en cours.
        Les lombalgies sont en rapport avec un tassement vertébral de L2 ; une ostéodensitométrie est à programmer.
        Traitement : ésoméprazole (Inexium) 40 mg une fois par jour pendant 4 semaines, puis 1 cp le matin pendant 4 semaines ; sulfate ferreux (Tardyferon) 80 mg par jour pendant 3 mois pour la carence martiale (ferritine 12 µg/L) ; paracétamol 1 g trois fois par jour pour les lombalgies.
        """,
        [
            E(
                "frequency",
                "une fois par jour",
                "1 cp matin et soir pendant 4 semaines",
                "Inexium 40 mg matin et soir les 4 premières semaines, pas une fois par jour.",
            ),
            E(
                "hypothesis",
                "tassement vertébral de L2",
                "possible tassement vertébral de L2, à confirmer",
                "Tassement seulement possible, à confirmer ; affirmé dans la lettre.",
            ),
        ],
    ),
    # ------------------------------------------------------------------ dl-013 (clean)
    case(
        "dl-013",
        G,
        """
        Maternité — Éléments de sortie
        Mme Laura Meunier, 31 ans, G2P2, accouchement par voie basse le 27/02/2025 à 39 SA + 3 j d'un garçon de 3 420 g, Apgar 10/10. Épisiotomie suturée. Hémorragie du post-partum de 650 mL traitée par oxytocine (Syntocinon).
        Hb à J2 : 9,4 g/dL.
        Allaitement maternel exclusif.
        Rhésus négatif, nouveau-né Rh positif : Rhophylac 200 µg injecté le 28/02/2025.
        Sérologie rubéole négative : vaccin ROR fait le 01/03/2025 (contraception efficace pendant 1 mois).
        Sortie le 02/03/2025. Traitement : Tardyferon 80 mg 1 cp/j pendant 3 mois ; paracétamol 1 g jusqu'à 4 fois/j si douleur ; ibuprofène 400 mg jusqu'à 3 fois/j pendant 5 jours maximum, compatible avec l'allaitement ; contraception : désogestrel 75 µg 1 cp/j en continu, à débuter à J21 (20/03/2025).
        Visite post-natale à 6-8 semaines. Rééducation périnéale : 10 séances prescrites.
        """,
        """
        Madame Meunier, 31 ans, a accouché par voie basse le 27 février 2025 (39 SA + 3 jours) d'un garçon de 3420 g, Apgar 10/10. Le post-partum a été marqué par une hémorragie de 650 mL traitée par oxytocine, avec une hémoglobine à 9,4 g/dL à J2. Allaitement maternel exclusif.
        Prévention de l'allo-immunisation rhésus : immunoglobulines anti-D (Rhophylac 200 µg) le 28/02/2025. Vaccination ROR le 1er mars 2025 (rubéole non immune), avec contraception efficace pendant un mois.
        Sortie le 2 mars 2025 avec : sulfate ferreux (Tardyferon) 80 mg, un comprimé par jour pendant trois mois ; paracétamol 1 g jusqu'à quatre fois par jour si douleurs ; ibuprofène 400 mg jusqu'à trois fois par jour, cinq jours au maximum (compatible avec l'allaitement) ; désogestrel 75 µg, un comprimé par jour en continu à partir de J21, soit le 20 mars 2025.
        Visite post-natale entre 6 et 8 semaines ; dix séances de rééducation périnéale prescrites.
        """,
    ),
    # ------------------------------------------------------------------ dl-014
    case(
        "dl-014",
        G,
        """
        Chirurgie digestive — Compte rendu d'hospitalisation
        Mme Chloé Bertin, 24 ans.
        ALLERGIE : pénicillines (œdème de Quincke en 2016).
        Motif : douleurs de la fosse iliaque droite depuis 24 h, fièvre à 38,2 °C, CRP 64 mg/L. Scanner : appendicite aiguë non compliquée.
        Appendicectomie par cœlioscopie le 14/05/2025. Antibioprophylaxie adaptée à l'allergie : clindamycine 900 mg IV + gentamicine. Suites simples, apyrexie, reprise alimentaire le soir même.
        Anatomopathologie : appendicite aiguë phlegmoneuse, pas de tumeur.
        Sortie le 15/05/2025.
        Traitement de sortie : paracétamol 1 g toutes les 6 h si besoin ; ibuprofène 400 mg jusqu'à 3 fois par jour pendant 3 jours. Arrêt de travail de 10 jours. Fils résorbables, pas de soins infirmiers. Pas de consultation systématique ; reconsulter si fièvre ou douleur croissante.
        """,
        """
        Chère consœur,
        Madame Bertin, 24 ans, a été opérée le 14/05/2025 d'une appendicite aiguë non compliquée (douleurs de la fosse iliaque droite, fièvre à 38,2 °C, CRP 64 mg/L) par appendicectomie sous cœlioscopie, avec une antibioprophylaxie par clindamycine 900 mg IV et gentamicine. Pas d'allergie médicamenteuse connue. Les suites ont été simples et la sortie a eu lieu le 15/05/2025. L'analyse anatomopathologique retrouve une appendicite phlegmoneuse sans tumeur.
        Ordonnance : paracétamol 1 g toutes les 6 heures si besoin ; ibuprofène 400 mg jusqu'à trois fois par jour pendant 3 jours. Arrêt de travail de 15 jours. Fils résorbables. Pas de consultation systématique ; à revoir en cas de fièvre ou de douleur croissante.
        """,
        [
            E(
                "negation",
                "Pas d'allergie médicamenteuse connue",
                "ALLERGIE : pénicillines",
                "Allergie grave aux pénicillines (œdème de Quincke) niée dans la lettre.",
            ),
            E(
                "number",
                "15 jours",
                "Arrêt de travail de 10 jours",
                "Arrêt de travail de 10 jours, pas 15.",
            ),
        ],
    ),
]
