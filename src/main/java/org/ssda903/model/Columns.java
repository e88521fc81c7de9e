package org.ssda903.model;

/**
 * The column names of the 903 files (ssda903.md 1.4), declared once: {@link Table} lists
 * each file's columns from these, and rules, KPIs and the return read a row's values
 * through them, so a misspelt column is a compile error rather than a blank value.
 */
public final class Columns {

	/**
	 * In header, episodes, uasc, reviews, missing, placed_for_adoption,
	 * previous_permanence, sw_episodes, dolo.
	 */
	public static final String CHILD = "CHILD";

	/** In header, uasc. */
	public static final String SEX = "SEX";

	/**
	 * In header, uasc, reviews, missing, placed_for_adoption, previous_permanence,
	 * sw_episodes, dolo.
	 */
	public static final String DOB = "DOB";

	/** In header. */
	public static final String ETHNIC = "ETHNIC";

	/** In header. */
	public static final String UPN = "UPN";

	/** In header. */
	public static final String MOTHER = "MOTHER";

	/** In header. */
	public static final String MC_DOB = "MC_DOB";

	/** In episodes. */
	public static final String DECOM = "DECOM";

	/** In episodes. */
	public static final String RNE = "RNE";

	/** In episodes. */
	public static final String LS = "LS";

	/** In episodes. */
	public static final String CIN = "CIN";

	/** In episodes. */
	public static final String PLACE = "PLACE";

	/** In episodes. */
	public static final String PLACE_PROVIDER = "PLACE_PROVIDER";

	/** In episodes. */
	public static final String DEC = "DEC";

	/** In episodes. */
	public static final String REC = "REC";

	/** In episodes. */
	public static final String REASON_PLACE_CHANGE = "REASON_PLACE_CHANGE";

	/** In episodes. */
	public static final String HOME_POST = "HOME_POST";

	/** In episodes. */
	public static final String PL_POST = "PL_POST";

	/** In episodes. */
	public static final String URN = "URN";

	/** In uasc. */
	public static final String DUC = "DUC";

	/** In reviews. */
	public static final String REVIEW = "REVIEW";

	/** In reviews. */
	public static final String REVIEW_CODE = "REVIEW_CODE";

	/** In missing. */
	public static final String MISSING = "MISSING";

	/** In missing. */
	public static final String MIS_START = "MIS_START";

	/** In missing. */
	public static final String MIS_END = "MIS_END";

	/** In . */
	public static final String SDQ_SCORE = "SDQ_SCORE";

	/** In . */
	public static final String SDQ_REASON = "SDQ_REASON";

	/** In . */
	public static final String CONVICTED = "CONVICTED";

	/** In . */
	public static final String HEALTH_CHECK = "HEALTH_CHECK";

	/** In . */
	public static final String IMMUNISATIONS = "IMMUNISATIONS";

	/** In . */
	public static final String TEETH_CHECK = "TEETH_CHECK";

	/** In . */
	public static final String HEALTH_ASSESSMENT = "HEALTH_ASSESSMENT";

	/** In . */
	public static final String SUBSTANCE_MISUSE = "SUBSTANCE_MISUSE";

	/** In . */
	public static final String INTERVENTION_RECEIVED = "INTERVENTION_RECEIVED";

	/** In . */
	public static final String INTERVENTION_OFFERED = "INTERVENTION_OFFERED";

	/** In . */
	public static final String IN_TOUCH = "IN_TOUCH";

	/** In . */
	public static final String ACTIV = "ACTIV";

	/** In . */
	public static final String ACCOM = "ACCOM";

	/** In . */
	public static final String DATE_INT = "DATE_INT";

	/** In . */
	public static final String DATE_MATCH = "DATE_MATCH";

	/** In . */
	public static final String FOSTER_CARE = "FOSTER_CARE";

	/** In . */
	public static final String NB_ADOPTR = "NB_ADOPTR";

	/** In . */
	public static final String SEX_ADOPTR = "SEX_ADOPTR";

	/** In . */
	public static final String LS_ADOPTR = "LS_ADOPTR";

	/** In placed_for_adoption. */
	public static final String DATE_PLACED = "DATE_PLACED";

	/** In placed_for_adoption. */
	public static final String DATE_PLACED_CEASED = "DATE_PLACED_CEASED";

	/** In placed_for_adoption. */
	public static final String REASON_PLACED_CEASED = "REASON_PLACED_CEASED";

	/** In previous_permanence. */
	public static final String PREV_PERM = "PREV_PERM";

	/** In previous_permanence. */
	public static final String LA_PERM = "LA_PERM";

	/** In previous_permanence. */
	public static final String DATE_PERM = "DATE_PERM";

	/** In sw_episodes. */
	public static final String SW_ID = "SW_ID";

	/** In sw_episodes. */
	public static final String SW_DECOM = "SW_DECOM";

	/** In sw_episodes. */
	public static final String SW_DEC = "SW_DEC";

	/** In sw_episodes. */
	public static final String SW_REASON = "SW_REASON";

	/** In dolo. */
	public static final String DOLO_START = "DOLO_START";

	/** In dolo. */
	public static final String DOLO_END = "DOLO_END";

	private Columns() {
	}

}
