from . import E, case

G = "prescription_summary"

CASES = [
    # ------------------------------------------------------------------ ps-001
    case(
        "ps-001",
        G,
        """
        Dr Claire Mathieu — Médecine générale
        Le 14/01/2025
        Mme Paulette Collet, 81 ans, 58 kg
        ORDONNANCE
        1) Amoxicilline 1 g : 1 comprimé matin, midi et soir pendant 7 jours
        2) Bisoprolol 5 mg : 1 comprimé le matin — à poursuivre
        3) Kardégic 75 mg : 1 sachet par jour au cours du repas de midi
        4) Paracétamol 500 mg : 2 comprimés jusqu'à 3 fois par jour si douleur ou fièvre ; espacer les prises d'au moins 6 heures
        5) Ultra-Levure 200 mg : 1 gélule matin et soir pendant la durée de l'antibiotique
        QSP 1 mois pour les traitements au long cours. Renouvelable 2 fois.
        """,
        """
        Plan de prise — Mme Collet
        - Amoxicilline 1 g : 1 comprimé 2 fois par jour pendant 7 jours.
        - Bisoprolol 5,0 mg : 1 comprimé le matin, au long cours.
        - Acide acétylsalicylique 75 mg (Kardégic) : 1 sachet au déjeuner.
        - Paracétamol 500 mg : 2 comprimés si douleur ou fièvre, jusqu'à 3 fois par jour, avec au moins 6 heures d'intervalle.
        - Saccharomyces boulardii (Ultra-Levure) 200 mg : 1 gélule matin et soir tant que dure l'antibiotique.
        Traitements de fond délivrés pour 1 mois ; ordonnance renouvelable 2 fois.
        """,
        [
            E(
                "frequency",
                "2 fois par jour",
                "1 comprimé matin, midi et soir",
                "Amoxicilline prescrite 3 fois par jour.",
            ),
            E(
                "notation",
                "5,0 mg",
                "Bisoprolol 5 mg",
                "Zéro final après la virgule (risque de lecture 50 mg).",
            ),
        ],
    ),
    # ------------------------------------------------------------------ ps-002 (clean)
    case(
        "ps-002",
        G,
        """
        Ordonnance de sortie — Service de neurologie — 22/07/2025
        M. Jean-Claude Baron, 74 ans, maladie de Parkinson.
        - Modopar 62,5 (lévodopa 50 mg/bensérazide 12,5 mg) : 1 gél. x4/j (8h, 12h, 16h, 20h)
        - Modopar LP 125 : 1 gél. au coucher
        - Azilect 1 mg : 1 cp/j le matin
        - Forlax 10 g : 1 sachet/j le matin
        - Amlodipine 5 mg : 1 cp/j le matin
        - Levothyrox 88 µg : 1 cp/j le matin à jeun
        Kinésithérapie : 3 séances/sem.
        Consultation de neurologie dans 4 mois.
        """,
        """
        Plan de prise — M. Baron (sortie du 22 juillet 2025), maladie de Parkinson
        Matin : lévodopa/bensérazide (Modopar 62,5), une gélule à 8 h ; rasagiline 1 mg, un comprimé ; amlodipine 5 mg, un comprimé ; macrogol 10 g, un sachet ; lévothyroxine 88 µg, un comprimé à jeun.
        Midi : Modopar 62,5, une gélule à 12 h.
        Après-midi : Modopar 62,5, une gélule à 16 h.
        Soir : Modopar 62,5, une gélule à 20 h.
        Coucher : Modopar LP 125, une gélule.
        Soit quatre gélules de Modopar 62,5 par jour et une de Modopar LP 125. Kinésithérapie : trois séances par semaine ; consultation de neurologie dans 4 mois.
        """,
    ),
    # ------------------------------------------------------------------ ps-003
    case(
        "ps-003",
        G,
        """
        Ordonnance — Dr Samuel Rivière, rhumatologue — 03/03/2025
        Mme Bernadette Leclercq, 68 ans
        - Méthotrexate 2,5 mg (Novatrex) : 6 comprimés en une seule prise, une fois par semaine, le samedi (soit 15 mg par semaine)
        - Acide folique (Speciafoldine 5 mg) : 1 comprimé le lundi
        - Prednisone 5 mg : 1 comprimé le matin
        - Cacit D3 (calcium 1000 mg/vitamine D3 880 UI) : 1 sachet le soir
        - Alendronate 70 mg : 1 comprimé une fois par semaine, le mercredi, à jeun, avec un grand verre d'eau ; rester debout 30 minutes
        - Paracétamol 1 g : 1 comprimé jusqu'à 3 fois par jour si douleur
        Biologie : NFS, plaquettes, ASAT, ALAT, créatinine tous les mois.
        """,
        """
        Synthèse de l'ordonnance du 03/03/2025 — Mme Leclercq
        - Méthotrexate (Novatrex) : 15 mg par jour, soit 6 comprimés de 2,5 mg en une prise.
        - Acide folique 5 mg : 1 comprimé le lundi.
        - Prednisone 5 mg : 1 comprimé le matin.
        - Cacit D3 : 1 sachet le soir.
        - Paracétamol 1 g : jusqu'à 3 fois par jour si douleur.
        Surveillance biologique mensuelle : NFS, plaquettes, transaminases, créatinine.
        """,
        [
            E(
                "dose",
                "15 mg par jour",
                "soit 15 mg par semaine",
                "Méthotrexate hebdomadaire présenté comme quotidien (surdosage grave).",
            ),
            E(
                "drug_omission",
                None,
                "Alendronate",
                "L'alendronate hebdomadaire a disparu de la synthèse.",
            ),
        ],
    ),
    # ------------------------------------------------------------------ ps-004
    case(
        "ps-004",
        G,
        """
        Ordonnance — Dr Yasmine Haddad, neurologue — 10/09/2025
        Mme Élodie Vasseur, 29 ans, épilepsie généralisée, projet de grossesse.
        - Lamictal 100 mg : 1 comprimé matin et soir
        - Levothyrox 100 µg : 1 comprimé le matin à jeun, 30 minutes avant le petit-déjeuner
        - Speciafoldine 5 mg : 1 comprimé par jour (projet de grossesse sous antiépileptique)
        Dosage sérique de la lamotrigine dans 1 mois. Consultation dans 3 mois. Informer le neurologue en cas de grossesse (adaptation posologique).
        """,
        """
        Traitement de Mme Vasseur (ordonnance du 10/09/2025) :
        - Lamisil 100 mg, matin et soir ;
        - lévothyroxine 100 mg le matin à jeun, 30 minutes avant le petit-déjeuner ;
        - acide folique 5 mg, un comprimé par jour (projet de grossesse).
        Dosage sanguin de la lamotrigine dans 1 mois, consultation à 3 mois ; signaler toute grossesse pour adapter les doses.
        """,
        [
            E(
                "lasa",
                "Lamisil",
                "Lamictal",
                "Confusion Lamictal (lamotrigine, antiépileptique) / Lamisil (terbinafine, antifongique).",
            ),
            E(
                "unit",
                "100 mg",
                "Levothyrox 100 µg",
                "Lévothyroxine 100 µg, pas 100 mg.",
                occurrence=2,
            ),
        ],
    ),
    # ------------------------------------------------------------------ ps-005
    case(
        "ps-005",
        G,
        """
        SOS Médecins — Compte rendu de visite et ordonnance — 19/12/2024
        M. Hugo Marchal, 45 ans, 80 kg. Allergie : aucune connue.
        Odynophagie fébrile depuis 2 jours, T° 38,6 °C, amygdales érythémato-pultacées, adénopathies cervicales sensibles, pas de toux. Score de Mac Isaac 4. TDR streptocoque positif.
        Diagnostic : angine à streptocoque du groupe A.
        ORDONNANCE
        - Amoxicilline 1 g : 1 comprimé matin et soir pendant 6 jours
        - Paracétamol 1 g : 1 comprimé toutes les 6 heures si fièvre ou douleur, sans dépasser 4 g par jour
        Arrêt de travail : 3 jours. Reconsulter si pas d'amélioration à 72 h, gêne à l'ouverture de la bouche ou difficulté à avaler la salive.
        """,
        """
        Synthèse de l'ordonnance du 19/12/2024 — M. Marchal (angine à streptocoque, TDR positif) :
        - Pristinamycine 1 g : 1 comprimé matin et soir pendant 10 jours.
        - Paracétamol 1 g : 1 comprimé toutes les 6 heures si fièvre ou douleur, sans dépasser 4 g par jour.
        Arrêt de travail de 3 jours. Reconsulter si pas d'amélioration à 72 h, en cas de difficulté à ouvrir la bouche ou à avaler la salive.
        """,
        [
            E(
                "drug",
                "Pristinamycine",
                "Amoxicilline",
                "L'antibiotique prescrit est l'amoxicilline.",
            ),
            E(
                "number",
                "10 jours",
                "pendant 6 jours",
                "Durée d'antibiothérapie de 6 jours, pas 10.",
            ),
        ],
    ),
    # ------------------------------------------------------------------ ps-006 (clean)
    case(
        "ps-006",
        G,
        """
        Ordonnance — Dr Agathe Lemaire, endocrinologue — 05/02/2025
        M. Rachid Benali, 56 ans, diabète de type 2.
        - Lantus (insuline glargine) 100 UI/mL, stylo SoloStar : 22 UI le soir à 21 h ; adapter selon le protocole : +2 UI tous les 3 jours si glycémie à jeun > 1,30 g/L
        - Metformine 1000 mg : 1 comprimé matin et soir au milieu du repas
        - Ozempic 1 mg : 1 injection sous-cutanée par semaine, le dimanche
        - Aiguilles 4 mm : 1 par injection
        - Lecteur de glycémie et bandelettes : 3 contrôles par jour
        - GlucaGen 1 mg : 1 kit, en cas d'hypoglycémie sévère
        QSP 3 mois.
        """,
        """
        Résumé du traitement de M. Benali (5 février 2025, pour 3 mois) :
        • insuline glargine (Lantus) 22 unités chaque soir à 21 h, augmentée de 2 unités tous les trois jours tant que la glycémie à jeun dépasse 1,30 g/L ;
        • metformine 1 g deux fois par jour, au milieu du repas ;
        • sémaglutide 1 mg en injection sous-cutanée une fois par semaine (le dimanche) ;
        • glucagon (GlucaGen) 1 mg, à garder en cas d'hypoglycémie sévère ;
        • matériel : aiguilles de 4 mm, lecteur et bandelettes pour trois glycémies capillaires par jour.
        """,
    ),
    # ------------------------------------------------------------------ ps-007
    case(
        "ps-007",
        G,
        """
        Ordonnance de soins infirmiers à domicile — Dr Fabienne Roche — 02/12/2025
        Mme Yvette Perrot, 77 ans, 63 kg, diabète de type 2 insulinotraité, en convalescence après une pneumopathie.
        - Insuline NovoRapid, stylo : avant chaque repas, selon la glycémie capillaire :
          < 1,20 g/L : pas d'injection ; 1,20 à 1,80 g/L : 4 UI ; 1,81 à 2,50 g/L : 6 UI ; > 2,50 g/L : 8 UI et appeler le médecin
        - Lovenox 4000 UI/0,4 mL : 1 injection sous-cutanée par jour pendant 10 jours
        - Sérum physiologique 0,9 % : 500 mL par jour en perfusion sous-cutanée pendant 3 jours (hydratation)
        Passage infirmier 3 fois par jour pendant 10 jours.
        """,
        """
        Soins infirmiers — Mme Perrot (ordonnance du 02/12/2025), 3 passages par jour pendant 10 jours :
        - NovoRapid avant chaque repas selon la glycémie capillaire : moins de 1,20 g/L, pas d'injection ; de 1,20 à 1,80 g/L, 4 U ; de 1,81 à 2,50 g/L, 6 unités ; au-delà de 2,50 g/L, 8 unités et appel du médecin.
        - Énoxaparine 4000 mg en sous-cutané une fois par jour pendant 10 jours.
        - Sérum physiologique 500 cc par jour en sous-cutané pendant 3 jours.
        """,
        [
            E(
                "notation",
                "4 U",
                "4 UI",
                "« U » pour unités : abréviation à proscrire (confusion avec 0 ou 4).",
            ),
            E(
                "unit",
                "4000 mg",
                "Lovenox 4000 UI",
                "Énoxaparine exprimée en UI anti-Xa, pas en mg.",
            ),
            E("notation", "500 cc", "500 mL", "« cc » au lieu de mL : notation à risque."),
        ],
    ),
    # ------------------------------------------------------------------ ps-008
    case(
        "ps-008",
        G,
        """
        Ordonnance — Dr Marc Olivier, cardiologue — 17/06/2025
        M. Louis Chevalier, 70 ans, syndrome coronarien aigu traité par angioplastie avec stent le 12/06/2025.
        - Kardégic 75 mg : 1 sachet par jour
        - Plavix 75 mg : 1 cp par jour pendant 12 mois (jusqu'en juin 2026)
        - Tahor 80 mg : 1 cp le soir
        - Bisoprolol 2,5 mg : 1 cp le matin
        - Ramipril 5 mg : 1 cp le matin
        - Inexium 20 mg : 1 cp le matin (protection gastrique sous double antiagrégation)
        - Natispray 0,15 mg : 1 pulvérisation sous la langue en cas de douleur thoracique, à renouveler 1 fois après 5 minutes ; appeler le 15 si la douleur persiste
        Réadaptation cardiaque : 20 séances.
        """,
        """
        Traitement de M. Chevalier (ordonnance du 17/06/2025) :
        - aspirine (Kardégic) 75 mg, 1 sachet par jour ;
        - atorvastatine 80 mg, 1 comprimé matin et soir ;
        - bisoprolol 2,5 mg le matin ;
        - ramipril 5 mg le matin ;
        - ésoméprazole 20 mg le matin, pour protéger l'estomac ;
        - trinitrine en spray (Natispray 0,15 mg) : 1 pulvérisation sous la langue en cas de douleur thoracique, à répéter une fois après 5 minutes ; appeler le 15 si la douleur persiste.
        Réadaptation cardiaque : 20 séances.
        """,
        [
            E(
                "drug_omission",
                None,
                "Plavix",
                "Le clopidogrel (Plavix), indispensable après stent, a disparu de la liste.",
            ),
            E(
                "frequency",
                "matin et soir",
                "Tahor 80 mg : 1 cp le soir",
                "Atorvastatine une fois par jour le soir.",
            ),
        ],
    ),
    # ------------------------------------------------------------------ ps-009
    case(
        "ps-009",
        G,
        """
        Ordonnance — Dr Thomas Garnier, gériatre — 05/06/2025
        Mme Germaine Fournier, 88 ans, 52 kg, clairance de la créatinine 38 mL/min. Fibrillation atriale, insuffisance cardiaque.
        - Hémigoxine Nativelle (digoxine) 0,125 mg : 1 comprimé le matin
        - Previscan 20 mg : 3/4 de comprimé le soir, dose à adapter selon l'INR (cible 2 à 3)
        - Lasilix 20 mg : 1 comprimé le matin
        - Diffu-K 600 mg : 1 gélule matin et soir
        - Doliprane 500 mg : 1 à 2 gélules, jusqu'à 3 fois par jour si douleur
        INR le 12/06/2025 puis selon résultat. Digoxinémie et kaliémie dans 10 jours.
        """,
        """
        Plan de prise de Mme Fournier :
        Matin : digoxine (Hémigoxine) 1,25 mg, 1 comprimé ; furosémide (Lasilix) 20 µg, 1 comprimé ; potassium (Diffu-K 600 mg), 1 gélule.
        Soir : fluindione (Previscan 20 mg), 3/4 de comprimé selon l'INR (cible entre 2 et 3) ; Diffu-K 600 mg, 1 gélule.
        Si douleur : paracétamol 500 mg, 1 à 2 gélules, jusqu'à 3 fois par jour.
        Contrôles : INR le 12/06/2025 ; digoxinémie et kaliémie dans 10 jours.
        """,
        [
            E(
                "dose",
                "1,25 mg",
                "0,125 mg",
                "Digoxine 0,125 mg ; 1,25 mg est dix fois la dose (toxique chez une patiente de 88 ans).",
            ),
            E("unit", "20 µg", "Lasilix 20 mg", "Furosémide 20 mg, pas 20 µg."),
        ],
    ),
    # ------------------------------------------------------------------ ps-010 (clean)
    case(
        "ps-010",
        G,
        """
        Ordonnance — Service des urgences — 30/10/2025
        M. Olivier Gauthier, 48 ans, 92 kg. Thrombose veineuse profonde surale droite.
        - Xarelto 15 mg : 1 cp x2/j au cours des repas pendant 21 jours (du 30/10/2025 au 19/11/2025)
        - puis Xarelto 20 mg : 1 cp/j au cours du repas du soir, à partir du 20/11/2025 ; durée totale du traitement : 3 mois
        - Bas de contention jarret, à porter dans la journée
        - Paracétamol 1 g : 1 cp x3/j si douleur
        Consultation de médecine vasculaire dans 3 semaines.
        """,
        """
        Votre traitement pour la thrombose veineuse du mollet droit (à partir du 30 octobre 2025) :
        • Rivaroxaban 15 mg : un comprimé matin et soir, pendant le repas, pendant 21 jours, c'est-à-dire jusqu'au 19 novembre 2025.
        • Ensuite, rivaroxaban 20 mg : un comprimé par jour au dîner, à partir du 20 novembre 2025, pour une durée totale de traitement de 3 mois.
        • Bas de contention au jarret, à mettre dans la journée.
        • Paracétamol 1000 mg : un comprimé trois fois par jour en cas de douleur.
        Rendez-vous en médecine vasculaire dans trois semaines.
        """,
    ),
    # ------------------------------------------------------------------ ps-011
    case(
        "ps-011",
        G,
        """
        Ordonnance — Dr Nadia Benhamou, psychiatre — 11/04/2025
        M. Sébastien Roger, 39 ans, 84 kg, trouble schizo-affectif stabilisé depuis 2023, suivi au CMP.
        - Zyprexa 10 mg : 1 comprimé le soir
        - Seroplex 10 mg : 1 comprimé le matin
        - Imovane 7,5 mg : 1 comprimé au coucher si insomnie, pas plus de 4 semaines
        Biologie : glycémie à jeun et bilan lipidique dans 3 mois ; poids à surveiller chaque mois.
        Rendez-vous au CMP le 25/04/2025.
        """,
        """
        Traitement de M. Roger (ordonnance du 11/04/2025) :
        - Zyrtec 10 mg : 1 comprimé le soir ;
        - escitalopram 10 mg : 1 comprimé matin et soir ;
        - zopiclone 7,5 mg : 1 comprimé au coucher en cas d'insomnie, 4 semaines au maximum.
        Surveillance : glycémie à jeun et bilan lipidique dans 3 mois, poids mensuel. Rendez-vous au CMP le 25/04/2025.
        """,
        [
            E(
                "lasa",
                "Zyrtec",
                "Zyprexa",
                "Confusion Zyprexa (olanzapine, antipsychotique) / Zyrtec (cétirizine, antihistaminique).",
            ),
            E(
                "frequency",
                "matin et soir",
                "Seroplex 10 mg : 1 comprimé le matin",
                "Escitalopram une prise le matin, pas deux.",
            ),
        ],
    ),
    # ------------------------------------------------------------------ ps-012 (clean, long)
    case(
        "ps-012",
        G,
        """
        Conciliation médicamenteuse d'entrée — Pharmacie à usage intérieur — 18/03/2025
        Patient : M. Georges Lambert, 79 ans, 70 kg, admis en gériatrie pour altération de l'état général.
        Sources : ordonnance du médecin traitant (Dr Roux, 10/02/2025), ordonnance du cardiologue (Dr Klein, 03/12/2024), entretien avec le patient et son épouse, boîtes apportées.

        Ordonnance du médecin traitant (10/02/2025) :
        - Glucophage 500 mg : 1 cp matin, midi et soir
        - Amarel 2 mg : 1 cp le matin
        - Levothyrox 100 µg : 1 cp le matin à jeun
        - Vitamine B12 Gerda 1000 µg/4 mL : 1 ampoule IM par mois
        - Mopral 20 mg : 1 gélule le matin
        - Doliprane 1000 mg : 1 cp jusqu'à 3 fois par jour si douleur
        - Uvedose 100 000 UI : 1 ampoule tous les 3 mois (dernière le 05/01/2025)

        Ordonnance du cardiologue (03/12/2024) :
        - Xarelto 15 mg : 1 cp le soir au cours du repas (clairance 46 mL/min)
        - Cardensiel 2,5 mg : 1 cp le matin
        - Lasilix 40 mg : 1 cp le matin
        - Crestor 10 mg : 1 cp le soir

        Entretien : le patient prend également, en automédication, du Spasfon Lyoc 80 mg, 1 à 2 fois par semaine pour des douleurs abdominales, et des gouttes de Dacryoserum pour les yeux. Pas de phytothérapie. Il signale avoir arrêté de lui-même l'Amarel depuis 3 semaines à cause de « malaises » en fin de matinée (glycémies capillaires à 0,58 et 0,64 g/L notées par son épouse).
        Observance et gestion : c'est l'épouse qui prépare un pilulier hebdomadaire le dimanche soir. Le patient connaît l'indication de la plupart de ses médicaments (« pour le cœur », « pour le sucre », « pour la thyroïde ») mais ne savait pas que le Xarelto se prend au cours du repas : il le prenait parfois à jeun au coucher. Il ne se souvient pas de la date de la dernière injection de vitamine B12 (faite par l'infirmière, selon l'épouse début mars). Pas d'oubli rapporté pour le Levothyrox, pris à 7 h avec un verre d'eau, trente minutes avant le petit-déjeuner.
        Tolérance : pas de saignement sous Xarelto, pas de crampes sous Crestor. Œdèmes des chevilles modérés le soir, stables selon l'épouse. Pas de vertiges au lever.
        Pharmacie d'officine contactée (historique de délivrance des 4 derniers mois) : délivrances régulières et conformes, aucune délivrance d'AINS ni d'autre médicament sans ordonnance hormis le Spasfon Lyoc ; dernière délivrance d'Amarel en janvier.
        Boîtes apportées : conformes aux ordonnances, sauf Amarel (boîte non entamée depuis 3 semaines).

        Divergences identifiées :
        1) Amarel 2 mg : arrêté par le patient (hypoglycémies) — divergence non documentée, signalée au médecin du service, qui confirme l'arrêt.
        2) Automédication par Spasfon Lyoc : ajoutée à la liste, pas de contre-indication.
        Aucune autre divergence. Fonction rénale du jour : créatinine 109 µmol/L, clairance de Cockcroft 48 mL/min : dose de Xarelto adaptée, metformine maintenue à 1500 mg par jour maximum.
        """,
        """
        Bilan de conciliation — M. Lambert, 79 ans (18 mars 2025)
        Liste des médicaments retenue après entretien et recoupement des deux ordonnances :
        - metformine 500 mg, trois fois par jour (matin, midi et soir), soit 1500 mg par jour au maximum compte tenu de la clairance à 48 mL/min ;
        - lévothyroxine 0,1 mg le matin à jeun ;
        - cyanocobalamine 1 mg en intramusculaire une fois par mois ;
        - oméprazole 20 mg le matin ;
        - paracétamol 1 g, jusqu'à trois fois par jour si douleur ;
        - cholécalciférol 100 000 UI tous les trois mois (dernière ampoule le 5 janvier 2025) ;
        - rivaroxaban 15 mg le soir au repas, dose adaptée à la fonction rénale ;
        - bisoprolol 2,5 mg le matin ;
        - furosémide 40 mg le matin ;
        - rosuvastatine 10 mg le soir ;
        - phloroglucinol lyophilisat 80 mg (automédication), une à deux fois par semaine ;
        - Dacryoserum, collyre (automédication).
        Divergence : le glimépiride (Amarel 2 mg) a été arrêté par le patient il y a trois semaines en raison d'hypoglycémies (0,58 et 0,64 g/L) ; arrêt confirmé par le médecin du service.
        """,
    ),
    # ------------------------------------------------------------------ ps-013
    case(
        "ps-013",
        G,
        """
        Ordonnance — Dr Bruno Carré, médecin généraliste — 08/08/2025
        Mme Sandrine Lucas, 52 ans. Asthme persistant, HTA, hypothyroïdie.
        - Symbicort Turbuhaler 200/6 : 2 inhalations matin et soir ; se rincer la bouche après usage
        - Ventoline 100 µg/dose : 2 bouffées si gêne respiratoire
        - Levothyrox 75 µg : 1 comprimé le matin à jeun
        - Amlodipine 5 mg : 1 comprimé le matin
        - Montélukast 10 mg : 1 comprimé le soir
        QSP 3 mois.
        """,
        """
        Traitement de Mme Lucas pour 3 mois (ordonnance du 08/08/2025) :
        - budésonide/formotérol (Symbicort Turbuhaler 200/6) : 2 inhalations matin et soir, puis rinçage de la bouche ;
        - salbutamol (Ventoline) : 2 bouffées en cas de gêne respiratoire ;
        - lévothyroxine 75 mcg : 1 comprimé le matin à jeun ;
        - amlodipine 5 mg : 1 comprimé le matin.
        """,
        [
            E("drug_omission", None, "Montélukast", "Le montélukast du soir a été omis."),
            E(
                "notation",
                "75 mcg",
                "Levothyrox 75 µg",
                "« mcg » : abréviation ambiguë du microgramme (écrire µg ou microgrammes).",
            ),
        ],
    ),
    # ------------------------------------------------------------------ ps-014 (clean)
    case(
        "ps-014",
        G,
        """
        Ordonnance — Dr Laure Chauvet, ORL — 16/01/2025
        M. Cédric Poulain, 41 ans. Sinusite maxillaire aiguë droite purulente, évoluant depuis 10 jours malgré les lavages.
        - Augmentin 1 g/125 mg : 1 sachet matin, midi et soir pendant 7 jours
        - Solupred 20 mg : 3 comprimés le matin pendant 5 jours (en 1 prise, au petit-déjeuner)
        - Sérum physiologique : lavages de nez 4 à 6 fois par jour
        - Doliprane 1000 mg : 1 cp jusqu'à 4 fois par jour, espacer les prises de 6 h
        Consulter si fièvre persistante au-delà de 48 h, œdème de la paupière ou baisse de la vision.
        """,
        """
        Votre ordonnance du 16 janvier 2025 pour votre sinusite maxillaire droite :
        – amoxicilline/acide clavulanique 1 g/125 mg : un sachet trois fois par jour (matin, midi et soir) pendant sept jours ;
        – prednisolone 20 mg : trois comprimés ensemble le matin, au petit-déjeuner, pendant cinq jours ;
        – lavages de nez au sérum physiologique, de quatre à six fois par jour ;
        – paracétamol 1 g : un comprimé jusqu'à quatre fois par jour, en respectant six heures entre les prises.
        Consultez si la fièvre persiste plus de 48 heures, si la paupière gonfle ou si votre vue baisse.
        """,
    ),
]
