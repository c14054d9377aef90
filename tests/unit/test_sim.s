.code64
start:
  mov $0x500000, %rbx        # data
  xor %ecx, %ecx
  mov $1, %eax
  movsd one(%rip), %xmm0
  pxor %xmm1, %xmm1
loop:
  imul $33, %eax, %eax
  add %ecx, %eax
  test $1, %al
  jz even
  xor $0x55, %eax
  jmp joined
even:
  rol $3, %eax
joined:
  mov %eax, (%rbx,%rcx,4)
  addsd %xmm0, %xmm1
  call func
patch:
  mov $0x1234, %edx           # immediate rewritten below
  add %edx, %eax
  mov %ecx, patch+1(%rip)     # self-modifying: next iteration sees the new imm
  inc %ecx
  cmp $200, %ecx
  jb loop
  cvttsd2si %xmm1, %rsi
  mov $0x510, %dx
  out %al, (%dx)
  jmp .
func:
  push %rcx
  shr $1, %ecx
  adc %ecx, %eax
  pop %rcx
  ret
one: .double 1.5
tf:
  pushf
  orq $0x100, (%rsp)
  popf
  nop
  nop
  inc %eax
  mov $0x510, %dx
  out %al, (%dx)
