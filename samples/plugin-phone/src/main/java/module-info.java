/** A Nirjas plug-in: Bangladeshi phone numbers and web addresses. */
module com.example.phone {
  requires dev.nirjas.core;

  exports com.example.phone;

  provides dev.nirjas.Stage with com.example.phone.PhoneStage;
}
