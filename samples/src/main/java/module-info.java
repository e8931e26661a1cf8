/** The runnable example that embeds Nirjas; runs on the module path as well as the class path. */
module dev.nirjas.samples {
  requires dev.nirjas.core;
  requires dev.nirjas.extractors;
  requires dev.nirjas.view;

  exports dev.nirjas.samples;
}
