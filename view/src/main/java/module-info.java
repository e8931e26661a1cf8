/** Nirjas view: an annotation as one self-contained HTML page ({@link dev.nirjas.view.HtmlView}). */
module dev.nirjas.view {
  requires dev.nirjas.core;
  requires com.ibm.icu;

  exports dev.nirjas.view;
}
